package org.clientele.billing.quotes;

import java.time.LocalDate;
import java.util.List;

import org.clientele.billing.BillingParty;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's latest quotations for other areas (the financial profile), the current revision of
 * each. A company's list holds those addressed to it; a contact's those addressed to them.
 * Callers show them on a customer the user may see, as the customer's own timeline does.
 */
@Service
class QuoteSummaryQueries implements QuoteSummaries {

    private final JdbcClient jdbc;

    QuoteSummaryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuoteSummary> recentFor(BillingParty party, int limit) {
        String column = party.companyId() != null ? "company_id" : "contact_id";
        long id = party.companyId() != null ? party.companyId() : party.contactId();
        return jdbc.sql("select id, number, revision, status, company_id, contact_id, gross_total, currency, valid_until, invoice_id "
                + "from billing_quotes where " + column + " = ? and status <> ? order by created_at desc, id desc limit ?")
                .params(id, QuoteStatus.SUPERSEDED.name(), Math.max(1, limit))
                .query((rs, n) -> new QuoteSummary(rs.getLong("id"), rs.getString("number"), rs.getInt("revision"),
                        rs.getString("status"), new BillingParty((Long) rs.getObject("company_id", Long.class),
                                (Long) rs.getObject("contact_id", Long.class)),
                        new Money(rs.getBigDecimal("gross_total"), CurrencyCode.of(rs.getString("currency").strip())),
                        rs.getObject("valid_until", LocalDate.class), (Long) rs.getObject("invoice_id", Long.class)))
                .list();
    }
}
