package org.clientele.customers;

import java.util.List;
import java.util.Set;

import org.clientele.platform.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On MySQL and MariaDB, which have no trigram index, the names of companies, contacts and leads
 * cut into trigrams in {@code customer_search_trigrams} (decision 6), and the suffixes of their
 * main phone number's digits in {@code customer_phone_suffixes} (decision 25), kept in step by
 * every write in the same transaction. On PostgreSQL {@code pg_trgm} indexes the names and the
 * phone numbers themselves and this does nothing.
 */
@Component
class SearchTrigrams {

    static final String COMPANY = "company";
    static final String CONTACT = "contact";
    static final String LEAD = "lead";

    private static final Logger log = LoggerFactory.getLogger(SearchTrigrams.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final TransactionTemplate transactions;

    SearchTrigrams(JdbcClient jdbc, DatabaseVendor vendor, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.transactions = transactions;
    }

    boolean used() {
        return vendor != DatabaseVendor.POSTGRESQL;
    }

    /** Replaces the record's trigrams by those of its searchable text, and its phone suffixes by those of its main phone number. */
    void index(String type, long id, String text, String phone) {
        if (!used()) {
            return;
        }
        remove(type, id);
        insert("customer_search_trigrams (record_type, record_id, trigram)", type, id, Trigrams.of(text));
        insert("customer_phone_suffixes (record_type, record_id, suffix)", type, id, PhoneSuffixes.of(phone));
    }

    private void insert(String tableAndColumns, String type, long id, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into ").append(tableAndColumns).append(" values ");
        List<Object> parameters = new java.util.ArrayList<>();
        for (String value : values) {
            sql.append(parameters.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
            parameters.add(type);
            parameters.add(id);
            parameters.add(value);
        }
        jdbc.sql(sql.toString()).params(parameters).update();
    }

    void remove(String type, long id) {
        if (used()) {
            jdbc.sql("delete from customer_search_trigrams where record_type = ? and record_id = ?").params(type, id).update();
            jdbc.sql("delete from customer_phone_suffixes where record_type = ? and record_id = ?").params(type, id).update();
        }
    }

    /**
     * Indexes the records that have no trigrams yet, such as those written before search arrived,
     * in batches of their own transactions.
     */
    @EventListener(ApplicationReadyEvent.class)
    void indexMissing() {
        if (!used()) {
            return;
        }
        int companies = indexMissing(COMPANY, "select c.id, concat_ws(' ', c.name, c.alternative_names) as text, c.phone from companies c");
        int contacts = indexMissing(CONTACT, "select c.id, concat_ws(' ', c.first_name, c.last_name) as text, c.phone from contacts c");
        int leads = indexMissing(LEAD,
                "select c.id, concat_ws(' ', c.first_name, c.last_name, c.company_name) as text, c.phone from leads c");
        if (companies + contacts + leads > 0) {
            log.info("Search: indexed {} companies, {} contacts and {} leads", companies, contacts, leads);
        }
    }

    private int indexMissing(String type, String select) {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Row> rows = transactions.execute(status -> {
                List<Row> batch = jdbc.sql(select + " where c.id > ? and not exists (select 1 from customer_search_trigrams t "
                        + "where t.record_type = ? and t.record_id = c.id) order by c.id limit ?")
                        .params(from, type, BATCH)
                        .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("text"), rs.getString("phone"))).list();
                batch.forEach(row -> index(type, row.id(), row.text(), row.phone()));
                return batch;
            });
            done += rows.size();
            if (rows.size() < BATCH) {
                return done;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    private record Row(long id, String text, String phone) {
    }
}
