package org.clientele.billing.quotes;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clientele.billing.pricing.LineAmounts;
import org.clientele.billing.pricing.ResolvedLine;
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

    QuoteLine(long quoteId, int position, ResolvedLine line, LineAmounts amounts) {
        this.quoteId = quoteId;
        this.position = position;
        this.productId = line.productId();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unit = line.unit();
        this.unitPrice = line.unitPrice();
        this.discountPercent = line.discountPercent();
        this.taxRateId = line.taxRateId();
        this.taxRateName = line.taxName();
        this.taxPercent = line.taxPercent();
        this.taxIncluded = line.taxIncluded();
        this.listAmount = amounts.listAmount();
        this.discountAmount = amounts.discount();
        this.amount = amounts.amount();
    }

    /** The same line on another revision. */
    QuoteLine copyFor(long otherQuoteId) {
        return new QuoteLine(otherQuoteId, position, resolved(), amounts());
    }

    ResolvedLine resolved() {
        return new ResolvedLine(productId, description, quantity, unit, unitPrice, discountPercent, taxRateId, taxRateName, taxPercent,
                taxIncluded);
    }

    LineAmounts amounts() {
        return new LineAmounts(listAmount, discountAmount, amount, taxIncluded);
    }

    QuoteLineView toView() {
        return new QuoteLineView(id, position, resolved(), amounts());
    }
}
