package org.clientele.sales.deals;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.hibernate.envers.Audited;

/** One product or service sold in a deal, priced in the deal's currency. */
@Entity
@Table(name = "deal_lines")
@Audited
class DealLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long dealId;

    private int position;

    private Long productId;

    private String description;

    private BigDecimal quantity;

    private BigDecimal unitPrice;

    private BigDecimal discountPercent;

    private BigDecimal amount;

    protected DealLine() {
    }

    DealLine(long dealId, int position, DealLineForm form, CurrencyCode currency) {
        this.dealId = dealId;
        this.position = position;
        change(form, currency);
    }

    /** Takes over a checked form; the amount follows. */
    void change(DealLineForm form, CurrencyCode currency) {
        this.productId = form.productId();
        this.description = form.description();
        this.quantity = form.quantity();
        this.unitPrice = form.unitPrice();
        this.discountPercent = form.discountPercent();
        this.amount = form.amount(currency).amount();
    }

    DealLineView toView(CurrencyCode currency) {
        return new DealLineView(id, position, productId, description, quantity, unitPrice, discountPercent,
                new Money(amount, currency));
    }

    Long getId() {
        return id;
    }

    long getDealId() {
        return dealId;
    }

    int getPosition() {
        return position;
    }

    BigDecimal getAmount() {
        return amount;
    }
}
