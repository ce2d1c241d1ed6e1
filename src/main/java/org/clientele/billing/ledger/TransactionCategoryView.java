package org.clientele.billing.ledger;

/** @param active whether new transactions may be booked under it; inactive ones stay on old transactions */
public record TransactionCategoryView(long id, String name, boolean active) {
}
