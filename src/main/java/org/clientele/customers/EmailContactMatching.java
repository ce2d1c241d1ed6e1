package org.clientele.customers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Matches by any of a visible contact's e-mail addresses, the main one or a further one. */
@Component
class EmailContactMatching implements ContactMatching {

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    EmailContactMatching(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    @Override
    public Map<String, Long> byEmail(Collection<String> emails, Viewer importer) {
        Map<String, Long> matches = new HashMap<>();
        if (emails.isEmpty()) {
            return matches;
        }
        if (vendor == DatabaseVendor.POSTGRESQL) {
            // The import asks this once per chunk while the table grows from nothing; a plan cached
            // for the first, small table would scan the whole table for every later chunk. A parallel
            // plan, which PostgreSQL picks for a thousand addresses on a large table, spends more on
            // starting its workers than on the look-ups: four times the serial plan's time.
            jdbc.sql("""
                    select set_config('plan_cache_mode', 'force_custom_plan', true),
                    set_config('max_parallel_workers_per_gather', '0', true)""").query().singleRow();
        }
        SqlPredicate visible = RecordVisibility.predicate(importer, ContactList.COLUMNS, vendor);
        String in = String.join(", ", emails.stream().map(email -> "?").toList());
        List<Object> parameters = new ArrayList<>(emails);
        parameters.addAll(visible.parameters());
        parameters.addAll(emails);
        parameters.addAll(visible.parameters());
        jdbc.sql("select c.email as email, c.id as id from contacts c where c.email in (" + in + ") and " + visible.sql()
                        + " union all select e.email as email, c.id as id from contact_emails e join contacts c on c.id = e.contact_id"
                        + " where e.email in (" + in + ") and " + visible.sql())
                .params(parameters)
                .query(rs -> {
                    matches.merge(rs.getString("email"), rs.getLong("id"), Math::min);
                });
        return matches;
    }
}
