package org.clientele.billing.ledger.web;

import java.time.LocalDate;

import org.clientele.billing.BillingParty;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;

/** The period and the customer a statement is asked for, from the address; by default the twelve months up to today. */
record StatementPeriod(LocalDate from, LocalDate to) {

    static StatementPeriod of(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now();
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusMonths(11).withDayOfMonth(1) : from;
        if (end.isBefore(start)) {
            throw InvalidInputException.of("to", "validation.ledger.period-order");
        }
        return new StatementPeriod(start, end);
    }

    /** @param kind {@code company} or {@code contact} */
    static BillingParty party(String kind, long id) {
        return switch (kind) {
            case "company" -> BillingParty.company(id);
            case "contact" -> BillingParty.contact(id);
            default -> throw new RecordNotFoundException("Customer", kind + "/" + id);
        };
    }
}
