package org.clientele.customers;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkTable;
import org.clientele.platform.DatabaseVendor;

/**
 * The generated records' rows of {@code customer_search_trigrams} and {@code customer_phone_suffixes}
 * on MySQL and MariaDB, cut by the search's own {@link Trigrams} and {@link PhoneSuffixes}, so that
 * no indexing runs when the application starts. Writes nothing on PostgreSQL, whose trigram
 * indexes cover the tables themselves.
 */
final class SearchTrigramRows implements AutoCloseable {

    private final BulkTable table;
    private final BulkTable phoneSuffixes;

    private SearchTrigramRows(BulkTable table, BulkTable phoneSuffixes) {
        this.table = table;
        this.phoneSuffixes = phoneSuffixes;
    }

    static SearchTrigramRows open(BulkData data) {
        if (data.vendor() == DatabaseVendor.POSTGRESQL) {
            return new SearchTrigramRows(null, null);
        }
        // shared: companies, contacts and leads each write their rows, and MariaDB loads a table fast only in one statement
        return new SearchTrigramRows(data.sharedTable("customer_search_trigrams", "record_type", "record_id", "trigram"),
                data.sharedTable("customer_phone_suffixes", "record_type", "record_id", "suffix"));
    }

    /** Whether this database keeps search trigrams at all. */
    boolean used() {
        return table != null;
    }

    /** @param type one of {@link SearchTrigrams#COMPANY}, {@link SearchTrigrams#CONTACT}, {@link SearchTrigrams#LEAD} */
    void add(String type, long id, String text, String phone) {
        if (table == null) {
            return;
        }
        for (String trigram : Trigrams.of(text)) {
            table.row(type, id, trigram);
        }
        for (String suffix : PhoneSuffixes.of(phone)) {
            phoneSuffixes.row(type, id, suffix);
        }
    }

    @Override
    public void close() {
        if (table != null) {
            table.close();
            phoneSuffixes.close();
        }
    }
}
