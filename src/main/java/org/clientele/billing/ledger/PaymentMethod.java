package org.clientele.billing.ledger;

/** How the money moved. */
public enum PaymentMethod {
    BANK_TRANSFER, CARD, CASH, DIRECT_DEBIT, OTHER
}
