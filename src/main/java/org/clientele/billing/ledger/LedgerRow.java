package org.clientele.billing.ledger;

/**
 * A transaction as lists, statements and exports show it.
 *
 * @param counterparty the payee's, customer's or employee's name
 */
public record LedgerRow(TransactionView transaction, String counterparty) {
}
