package org.clientele.billing.ledger;

import java.time.LocalDate;

/**
 * What the ledger list is narrowed to; {@code null} fields do not narrow it.
 *
 * @param from first payment date included
 * @param to last payment date included
 * @param counterparty text found in the payee's, customer's or employee's name
 */
public record TransactionFilter(TransactionDirection direction, TransactionKind kind, Long categoryId, LocalDate from, LocalDate to,
        String counterparty) {

    public static final TransactionFilter NONE = new TransactionFilter(null, null, null, null, null, null);

    /** Every transaction paid in the period. */
    public static TransactionFilter between(LocalDate from, LocalDate to) {
        return new TransactionFilter(null, null, null, from, to, null);
    }
}
