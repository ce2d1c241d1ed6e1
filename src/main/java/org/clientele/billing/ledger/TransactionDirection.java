package org.clientele.billing.ledger;

/** Whether money came in or went out. */
public enum TransactionDirection {
    IN, OUT
}
