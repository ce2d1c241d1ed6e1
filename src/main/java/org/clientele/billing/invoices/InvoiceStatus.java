package org.clientele.billing.invoices;

/**
 * Where an invoice stands. Only a draft can be changed; {@code OVERDUE} is set by the overdue job
 * on an issued or partly paid invoice past its due date, and stays until it is paid in full.
 */
public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, OVERDUE, VOID;

    /** Whether money is still expected on it. */
    public boolean isOpen() {
        return this == ISSUED || this == PARTIALLY_PAID || this == OVERDUE;
    }
}
