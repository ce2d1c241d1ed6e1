package org.clientele.customers;

import java.util.Set;
import java.util.TreeSet;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkTable;
import org.clientele.platform.DatabaseVendor;

/**
 * The generated records' search words and phone suffixes on MySQL and MariaDB, cut as
 * {@link SearchWords} and {@link PhoneSuffixes} cut them, so that no indexing runs when the
 * application starts: which record holds which word and which suffixes of its main phone number's
 * digits, in bulk, and the distinct words with their trigrams once the writing ends. Writes nothing
 * on PostgreSQL, whose triggers keep the words and whose trigram indexes cover the phone numbers.
 */
final class SearchWordRows implements AutoCloseable {

    private final BulkData data;
    private final String type;
    private final BulkTable held;
    private final BulkTable phoneSuffixes;
    private final Set<String> words = new TreeSet<>();

    private SearchWordRows(BulkData data, String type, BulkTable held, BulkTable phoneSuffixes) {
        this.data = data;
        this.type = type;
        this.held = held;
        this.phoneSuffixes = phoneSuffixes;
    }

    /** @param type one of {@link SearchWords#COMPANY}, {@link SearchWords#CONTACT}, {@link SearchWords#LEAD} */
    static SearchWordRows open(BulkData data, String type) {
        if (data.vendor() == DatabaseVendor.POSTGRESQL) {
            return new SearchWordRows(data, type, null, null);
        }
        // shared: companies, contacts and leads each write their rows, and MariaDB loads a table fast only in one statement
        return new SearchWordRows(data, type, data.sharedTable("customer_search_record_words", "record_type", "word", "record_id"),
                data.sharedTable("customer_phone_suffixes", "record_type", "suffix", "record_id"));
    }

    /** Whether this database keeps search words written by the application at all. */
    boolean used() {
        return held != null;
    }

    void add(long id, String text, String phone) {
        if (held == null) {
            return;
        }
        for (String word : SearchWords.of(text)) {
            held.row(type, word, id);
            words.add(word);
        }
        for (String suffix : PhoneSuffixes.of(phone)) {
            phoneSuffixes.row(type, suffix, id);
        }
    }

    @Override
    public void close() {
        if (held != null) {
            held.close();
            phoneSuffixes.close();
            SearchWords.add(data.jdbc(), type, words);
        }
    }
}
