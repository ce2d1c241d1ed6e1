package org.clientele.billing.ledger;

import java.time.LocalDate;
import java.util.List;

import org.clientele.shared.Money;

/** An employee's salary payouts in a period, oldest first, and their total per currency. */
public record EmployeeStatement(long userId, String name, LocalDate from, LocalDate to, List<LedgerRow> payouts, List<Money> totals) {

    public EmployeeStatement {
        payouts = List.copyOf(payouts);
        totals = List.copyOf(totals);
    }
}
