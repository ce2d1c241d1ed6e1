package org.clientele.customers;

import java.util.Set;
import java.util.TreeSet;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkTable;
import org.clientele.platform.DatabaseVendor;

/**
 * The generated records' search words on MySQL and MariaDB, cut as {@link SearchWords} cuts them,
 * so that no indexing runs when the application starts: which record holds which word, in bulk, and
 * the distinct words with their trigrams once the writing ends. Writes nothing on PostgreSQL, whose
 * triggers keep the words.
 */
final class SearchWordRows implements AutoCloseable {

    private final BulkData data;
    private final String type;
    private final BulkTable held;
    private final Set<String> words = new TreeSet<>();

    private SearchWordRows(BulkData data, String type, BulkTable held) {
        this.data = data;
        this.type = type;
        this.held = held;
    }

    /** @param type one of {@link SearchWords#COMPANY}, {@link SearchWords#CONTACT}, {@link SearchWords#LEAD} */
    static SearchWordRows open(BulkData data, String type) {
        return new SearchWordRows(data, type, data.vendor() == DatabaseVendor.POSTGRESQL ? null
                : data.table("customer_search_record_words", "record_type", "word", "record_id"));
    }

    /** Whether this database keeps search words written by the application at all. */
    boolean used() {
        return held != null;
    }

    void add(long id, String text) {
        if (held == null) {
            return;
        }
        for (String word : SearchWords.of(text)) {
            held.row(type, word, id);
            words.add(word);
        }
    }

    @Override
    public void close() {
        if (held != null) {
            held.close();
            SearchWords.add(data.jdbc(), type, words);
        }
    }
}
