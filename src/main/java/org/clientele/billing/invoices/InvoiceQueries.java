package org.clientele.billing.invoices;

import java.util.ArrayList;
import java.util.List;

import org.clientele.billing.BillingParty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which invoices belong to a party: a company's are all invoices to it (with or without a
 * contact there), a contact's those naming them, a contact at a company those naming both.
 */
@Component
class InvoiceQueries {

    private final JdbcClient jdbc;

    InvoiceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> openFor(BillingParty party) {
        List<Object> parameters = new ArrayList<>();
        String where = partyCondition(party, parameters);
        return jdbc.sql("select i.id from billing_invoices i where " + where
                + " and i.status in ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE') order by i.due_on, i.id")
                .params(parameters).query(Long.class).list();
    }

    List<Long> recentFor(BillingParty party, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = partyCondition(party, parameters);
        parameters.add(Math.max(0, limit));
        return jdbc.sql("select i.id from billing_invoices i where " + where + " order by i.id desc limit ?")
                .params(parameters).query(Long.class).list();
    }

    private static String partyCondition(BillingParty party, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (party.companyId() != null) {
            conditions.add("i.company_id = ?");
            parameters.add(party.companyId());
        }
        if (party.contactId() != null) {
            conditions.add("i.contact_id = ?");
            parameters.add(party.contactId());
        }
        return String.join(" and ", conditions);
    }
}
