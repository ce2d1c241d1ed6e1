package org.clientele.billing.invoices;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clientele.billing.pricing.LineAmounts;
import org.clientele.billing.pricing.ResolvedLine;
import org.hibernate.envers.Audited;

/** One line of an invoice or credit note, as entered, with the tax rate copied on and what it came to. */
@Entity
@Table(name = "billing_invoice_lines")
@Audited
class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    private int position;

    private Long productId;

    private String description;

    private BigDecimal quantity;

    private String unit;

    private BigDecimal unitPrice;

    private BigDecimal discountPercent;

    private Long taxRateId;

    private String taxName;

    private BigDecimal taxPercent;

    private boolean taxIncluded;

    private BigDecimal listAmount;

    private BigDecimal discountAmount;

    private BigDecimal amount;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int position, ResolvedLine line, LineAmounts amounts) {
        this.invoice = invoice;
        this.position = position;
        this.productId = line.productId();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unit = line.unit();
        this.unitPrice = line.unitPrice();
        this.discountPercent = line.discountPercent();
        this.taxRateId = line.taxRateId();
        this.taxName = line.taxName();
        this.taxPercent = line.taxPercent();
        this.taxIncluded = line.taxIncluded();
        this.listAmount = amounts.listAmount();
        this.discountAmount = amounts.discount();
        this.amount = amounts.amount();
    }

    ResolvedLine resolved() {
        return new ResolvedLine(productId, description, quantity, unit, unitPrice, discountPercent, taxRateId, taxName, taxPercent,
                taxIncluded);
    }

    int getPosition() {
        return position;
    }
}
