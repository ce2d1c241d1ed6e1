package org.clientele.billing.ledger;

import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/**
 * A customer's statement in one currency for a period: the balance brought forward, the lines with
 * their running balance, and the closing balance. A positive balance is owed by the customer.
 */
public record CurrencyStatement(CurrencyCode currency, Money opening, List<StatementLine> lines, Money debits, Money credits,
        Money closing) {

    public CurrencyStatement {
        lines = List.copyOf(lines);
    }
}
