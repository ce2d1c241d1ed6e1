package org.clientele.billing.invoices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A ledger payment counted on an invoice: the same payment counts once per invoice. */
@Entity
@Table(name = "billing_invoice_payments")
@IdClass(AppliedPayment.Key.class)
class AppliedPayment {

    @Id
    private long invoiceId;

    @Id
    private long paymentId;

    private BigDecimal amount;

    private LocalDate paidOn;

    private Instant appliedAt;

    protected AppliedPayment() {
    }

    AppliedPayment(long invoiceId, long paymentId, BigDecimal amount, LocalDate paidOn, Instant appliedAt) {
        this.invoiceId = invoiceId;
        this.paymentId = paymentId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.appliedAt = appliedAt;
    }

    BigDecimal getAmount() {
        return amount;
    }

    /** The composite id: invoice and payment. */
    static class Key implements Serializable {

        private long invoiceId;
        private long paymentId;

        protected Key() {
        }

        Key(long invoiceId, long paymentId) {
            this.invoiceId = invoiceId;
            this.paymentId = paymentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.invoiceId == invoiceId && key.paymentId == paymentId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(invoiceId, paymentId);
        }
    }
}
