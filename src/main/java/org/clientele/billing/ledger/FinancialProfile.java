package org.clientele.billing.ledger;

import java.util.List;

import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.quotes.QuoteSummary;
import org.clientele.shared.Money;

/**
 * A customer's money at a glance, for the panel on their page.
 *
 * @param balances what the customer owes (positive) or has paid ahead (negative), per currency with a balance
 * @param overdue what is outstanding on invoices past their due date, per currency
 */
public record FinancialProfile(List<QuoteSummary> quotes, List<InvoiceBalance> invoices, List<LedgerRow> payments, List<Money> balances,
        List<Money> overdue) {

    public FinancialProfile {
        quotes = List.copyOf(quotes);
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        balances = List.copyOf(balances);
        overdue = List.copyOf(overdue);
    }

    /** Whether there is nothing to show: no quotation, invoice or payment. */
    public boolean empty() {
        return quotes.isEmpty() && invoices.isEmpty() && payments.isEmpty();
    }
}
