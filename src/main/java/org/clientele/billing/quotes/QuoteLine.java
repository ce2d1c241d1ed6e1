package org.clientele.billing.quotes;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clientele.billing.pricing.LineAmounts;
import org.clientele.billing.pricing.PricedLine;
import org.hibernate.envers.Audited;

/** One line of a quotation as it was priced; the tax rate's name and percent are copies. */
@Entity
@Table(name = "billing_quote_lines")
@Audited
class QuoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long quoteId;

    private int position;

    private Long productId;

    private String description;

    private BigDecimal quantity;

    private String unit;

    private BigDecimal unitPrice;

    private BigDecimal discountPercent;

    private Long taxRateId;

    private String taxRateName;

    private BigDecimal taxPercent;

    private boolean taxIncluded;

    private BigDecimal listAmount;

    private BigDecimal discountAmount;

    private BigDecimal amount;

    protected QuoteLine() {
    }

    QuoteLine(long quoteId, int position, QuoteLineView line) {
        this.quoteId = quoteId;
        this.position = position;
        this.productId = line.productId();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unit = line.unit();
        this.unitPrice = line.unitPrice();
        this.discountPercent = line.discountPercent();
        this.taxRateId = line.taxRateId();
        this.taxRateName = line.taxRateName();
        this.taxPercent = line.taxPercent();
        this.taxIncluded = line.taxIncluded();
        this.listAmount = line.listAmount();
        this.discountAmount = line.discount();
        this.amount = line.amount();
    }

    PricedLine priced() {
        return new PricedLine(quantity, unitPrice, discountPercent, taxPercent, taxIncluded);
    }

    QuoteLineView toView() {
        return new QuoteLineView(id, position, productId, description, quantity, unit, unitPrice, discountPercent, taxRateId,
                taxRateName, taxPercent, taxIncluded, new LineAmounts(listAmount, discountAmount, amount, taxIncluded));
    }
}
