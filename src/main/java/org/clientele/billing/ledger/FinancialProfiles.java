package org.clientele.billing.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.clientele.billing.BillingParty;
import org.clientele.billing.invoices.InvoiceBalance;
import org.clientele.billing.invoices.InvoicePayments;
import org.clientele.billing.quotes.QuoteSummaries;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's financial profile: latest quotations and invoices, latest payments, the balance
 * per currency as the statement has it, and what is overdue.
 */
@Service
public class FinancialProfiles {

    static final int LATEST = 5;

    private final Statements statements;
    private final InvoicePayments invoices;
    private final QuoteSummaries quotes;
    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final Clock clock = Clock.systemUTC();

    FinancialProfiles(Statements statements, InvoicePayments invoices, QuoteSummaries quotes, JdbcClient jdbc, DatabaseVendor vendor) {
        this.statements = statements;
        this.invoices = invoices;
        this.quotes = quotes;
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /** @throws org.clientele.shared.RecordNotFoundException if the signed-in user may not see the customer */
    @Transactional(readOnly = true)
    public FinancialProfile of(BillingParty party) {
        LocalDate today = LocalDate.now(clock);
        List<Money> balances = statements.customer(party, TransactionChecks.EARLIEST, today.plusYears(1)).currencies().stream()
                .map(CurrencyStatement::closing).filter(balance -> !balance.isZero()).toList();
        Map<CurrencyCode, Money> overdue = new TreeMap<>();
        invoices.openFor(party).stream().filter(invoice -> invoice.dueOn() != null && invoice.dueOn().isBefore(today))
                .map(InvoiceBalance::outstanding).forEach(amount -> overdue.merge(amount.currency(), amount, Money::plus));
        LedgerSql latest = new LedgerSql(null, TransactionFilter.NONE);
        if (party.companyId() != null) {
            latest.and("t.company_id = ?", party.companyId());
        }
        else {
            latest.and("t.contact_id = ?", party.contactId());
        }
        latest.append("order by t.paid_on desc, t.id desc limit ?", LATEST);
        return new FinancialProfile(quotes.recentFor(party, LATEST), invoices.recentFor(party, LATEST), latest.list(jdbc, vendor),
                balances, List.copyOf(overdue.values()));
    }
}
