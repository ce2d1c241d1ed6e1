package org.clientele.customers;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkTable;
import org.clientele.platform.DatabaseVendor;

/**
 * The generated records' rows of {@code customer_search_trigrams} on MySQL and MariaDB, cut by the
 * search's own {@link Trigrams}, so that no indexing runs when the application starts. Writes
 * nothing on PostgreSQL, whose trigram indexes cover the tables themselves.
 */
final class SearchTrigramRows implements AutoCloseable {

    private final BulkTable table;

    private SearchTrigramRows(BulkTable table) {
        this.table = table;
    }

    static SearchTrigramRows open(BulkData data) {
        return new SearchTrigramRows(data.vendor() == DatabaseVendor.POSTGRESQL ? null
                : data.sharedTable("customer_search_trigrams", "record_type", "record_id", "trigram"));
    }

    /** Whether this database keeps search trigrams at all. */
    boolean used() {
        return table != null;
    }

    /** @param type one of {@link SearchTrigrams#COMPANY}, {@link SearchTrigrams#CONTACT}, {@link SearchTrigrams#LEAD} */
    void add(String type, long id, String text) {
        if (table == null) {
            return;
        }
        for (String trigram : Trigrams.of(text)) {
            table.row(type, id, trigram);
        }
    }

    @Override
    public void close() {
        if (table != null) {
            table.close();
        }
    }
}
