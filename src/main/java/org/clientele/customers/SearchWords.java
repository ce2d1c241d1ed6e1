package org.clientele.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.clientele.platform.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On MySQL and MariaDB, the words of the names of companies, contacts and leads, which the search
 * finds records by (decision 26): each distinct word with its trigrams, and which record holds which
 * word ({@code customer_search_words}, {@code customer_search_word_trigrams},
 * {@code customer_search_record_words}, V39); and the suffixes of their main phone number's digits
 * in {@code customer_phone_suffixes} (decision 25, V38). Every write keeps them in the same
 * transaction; the data generator writes them in bulk ({@link SearchWordRows}). On PostgreSQL,
 * triggers keep the words and {@code pg_trgm} indexes the names and phone numbers themselves, and
 * this does nothing.
 */
@Component
class SearchWords {

    static final String COMPANY = "company";
    static final String CONTACT = "contact";
    static final String LEAD = "lead";

    /** The longest word kept, in characters, as PostgreSQL's words table keeps them. */
    static final int LONGEST = 100;

    private static final Logger log = LoggerFactory.getLogger(SearchWords.class);
    private static final int BATCH = 1_000;
    /** Rows per insert statement, well below the client protocol's 65,535 parameters. */
    private static final int ROWS_PER_INSERT = 5_000;

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final TransactionTemplate transactions;

    SearchWords(JdbcClient jdbc, DatabaseVendor vendor, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.transactions = transactions;
    }

    /** The distinct words of a name as the search cuts them: runs of letters and digits, in lower case, at most {@link #LONGEST} long. */
    static Set<String> of(String name) {
        Set<String> words = new LinkedHashSet<>();
        if (name == null) {
            return words;
        }
        Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .map(word -> word.codePointCount(0, word.length()) <= LONGEST ? word : word.substring(0, word.offsetByCodePoints(0, LONGEST)))
                .forEach(words::add);
        return words;
    }

    boolean used() {
        return vendor != DatabaseVendor.POSTGRESQL;
    }

    /** What a record is searched by: its searchable text and its main phone number (either may be null). */
    record Searchable(String text, String phone) {
    }

    /** Replaces the record's words by those of its searchable text, and its phone suffixes by those of its main phone number. */
    void index(String type, long id, String text, String phone) {
        index(type, Map.of(id, new Searchable(text, phone)));
    }

    /** Replaces the words and phone suffixes of the records, by id, by those of what they are searched by: a few statements for all of them. */
    void index(String type, Map<Long, Searchable> records) {
        if (!used() || records.isEmpty()) {
            return;
        }
        remove(type, records.keySet());
        write(type, records);
    }

    /** Writes the words and phone suffixes of a record created in this transaction, which has none to replace. */
    void indexNew(String type, long id, String text, String phone) {
        if (used()) {
            write(type, Map.of(id, new Searchable(text, phone)));
        }
    }

    private void write(String type, Map<Long, Searchable> records) {
        Set<String> words = new TreeSet<>();
        List<Object[]> held = new ArrayList<>();
        List<Object[]> suffixes = new ArrayList<>();
        records.forEach((id, record) -> {
            of(record.text()).forEach(word -> {
                words.add(word);
                held.add(new Object[] {type, word, id});
            });
            PhoneSuffixes.of(record.phone()).forEach(suffix -> suffixes.add(new Object[] {type, suffix, id}));
        });
        add(jdbc, type, words);
        insert(jdbc, "insert into customer_search_record_words (record_type, word, record_id) values ", held);
        insert(jdbc, "insert into customer_phone_suffixes (record_type, suffix, record_id) values ", suffixes);
    }

    void remove(String type, long id) {
        remove(type, List.of(id));
    }

    /** Removes the records' words and phone suffixes. */
    void remove(String type, Collection<Long> ids) {
        if (used() && !ids.isEmpty()) {
            String in = " where record_type = ? and record_id in (" + String.join(", ", ids.stream().map(id -> "?").toList()) + ")";
            jdbc.sql("delete from customer_search_record_words" + in).param(type).params(List.copyOf(ids)).update();
            jdbc.sql("delete from customer_phone_suffixes" + in).param(type).params(List.copyOf(ids)).update();
        }
    }

    /**
     * Adds the words the table does not hold yet, with their trigrams. They are inserted in order,
     * so that two transactions adding the same new words take their locks in the same order.
     */
    static void add(JdbcClient jdbc, String type, Collection<String> words) {
        Set<String> missing = new TreeSet<>(words);
        List<String> all = List.copyOf(missing);
        for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
            jdbc.sql("select word from customer_search_words where record_type = ? and word in ("
                    + String.join(", ", slice.stream().map(word -> "?").toList()) + ")").param(type).params(slice)
                    .query(String.class).list().forEach(missing::remove);
        }
        if (missing.isEmpty()) {
            return;
        }
        insert(jdbc, "insert ignore into customer_search_words (record_type, word) values ",
                missing.stream().map(word -> new Object[] {type, word}).toList());
        Set<List<String>> trigrams = new TreeSet<>((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        missing.forEach(word -> Trigrams.of(word).forEach(trigram -> trigrams.add(List.of(trigram, word))));
        insert(jdbc, "insert ignore into customer_search_word_trigrams (record_type, trigram, word) values ",
                trigrams.stream().map(pair -> new Object[] {type, pair.get(0), pair.get(1)}).toList());
    }

    private static void insert(JdbcClient jdbc, String head, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String row = "(" + String.join(", ", Collections.nCopies(slice.get(0).length, "?")) + ")";
            List<Object> parameters = new ArrayList<>();
            slice.forEach(values -> parameters.addAll(Arrays.asList(values)));
            jdbc.sql(head + String.join(", ", Collections.nCopies(slice.size(), row))).params(parameters).update();
        }
    }

    /**
     * Indexes the records that have no words yet, such as those written before the words were kept,
     * in batches of their own transactions; their phone suffixes are written again with them.
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
            Map<Long, Searchable> batch = transactions.execute(status -> {
                Map<Long, Searchable> records = new LinkedHashMap<>();
                jdbc.sql(select + " where c.id > ? and not exists (select 1 from customer_search_record_words t "
                        + "where t.record_type = ? and t.record_id = c.id) order by c.id limit ?")
                        .params(from, type, BATCH).query(rs -> {
                            records.put(rs.getLong("id"), new Searchable(rs.getString("text"), rs.getString("phone")));
                        });
                index(type, records);
                return records;
            });
            done += batch.size();
            if (batch.size() < BATCH) {
                return done;
            }
            after = batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }
}
