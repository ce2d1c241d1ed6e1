package org.clientele.billing.invoices;

/** An invoice asks for money; a credit note gives some back and refers to the invoice it corrects. */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
