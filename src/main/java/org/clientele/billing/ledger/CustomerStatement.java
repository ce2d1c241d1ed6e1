package org.clientele.billing.ledger;

import java.time.LocalDate;
import java.util.List;

import org.clientele.billing.BillingParty;

/** A customer's statement for a period, one part per currency they were invoiced or paid in, by currency code. */
public record CustomerStatement(BillingParty party, String name, LocalDate from, LocalDate to, List<CurrencyStatement> currencies) {

    public CustomerStatement {
        currencies = List.copyOf(currencies);
    }
}
