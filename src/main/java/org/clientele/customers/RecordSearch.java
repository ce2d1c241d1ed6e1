package org.clientele.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The global search's query over one table of customer records, for every vendor. A search text
 * that looks like a phone number matches the digits of the main phone number anywhere (on MySQL
 * and MariaDB through the suffixes of those digits in {@code customer_phone_suffixes}); any other
 * matches the start of the main e-mail address (ranked first) or, tolerating typos, the name,
 * through the names' words closest to the text's ({@link CloseWords}): on PostgreSQL the names
 * holding them are found by {@code pg_trgm}'s index and ranked by word similarity, on MySQL and
 * MariaDB by the table of which record holds which word ({@link SearchWords}). A text without a
 * word of three characters matches the start of a word of the name. The reader's visibility is part
 * of the query, so the limit counts only what they may see.
 */
@Component
class RecordSearch {

    /**
     * How much of the text's trigrams a word of the name must share, in tenths (0.3): one typo in a
     * word of four letters still passes. Kept in integers, as the architecture rules want.
     */
    static final int SIMILARITY_TENTHS = 3;

    /** The threshold names are tried at first, in tenths: a whole word of the text, or most of it. */
    static final int CLOSE_TENTHS = 6;

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final CloseWords closeWords;

    RecordSearch(JdbcClient jdbc, DatabaseVendor vendor, CloseWords closeWords) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.closeWords = closeWords;
    }

    /**
     * What is searched: the table (alias {@code c}), further joins, the columns read, the name
     * expression PostgreSQL's trigram index is built on, and the record type of the trigram and word tables.
     */
    record Searched(String table, String joins, String columns, String nameExpression, String recordType, RecordColumns visibility) {
    }

    <T> List<T> search(Searched searched, Viewer viewer, String query, int limit, RowMapper<T> rows) {
        String text = query.strip().toLowerCase(Locale.ROOT);
        SqlPredicate visible = RecordVisibility.predicate(viewer, searched.visibility(), vendor);
        List<Object> parameters = new ArrayList<>();
        String digits = ListQuery.phoneDigits(text);
        List<String> words = CloseWords.of(text);
        StringBuilder sql = new StringBuilder("select ").append(searched.columns());
        if (digits != null && vendor == DatabaseVendor.POSTGRESQL) {
            sql.append(" from ").append(searched.table()).append(" c ").append(searched.joins()).append(" where c.phone like ?");
            parameters.add("%" + digits + "%");
            sql.append(" and ").append(visible.sql()).append(" order by c.sort_name, c.id limit ?");
        }
        else if (digits != null) {
            // The digits start one of the number's suffixes, which the key of customer_phone_suffixes finds by range.
            sql.append(" from (select distinct p.record_id from customer_phone_suffixes p where p.record_type = ? and p.suffix like ?) p")
                    .append(" join ").append(searched.table()).append(" c on c.id = p.record_id ").append(searched.joins())
                    .append(" where ").append(visible.sql()).append(" order by c.sort_name, c.id limit ?");
            parameters.add(searched.recordType());
            parameters.add(digits + "%");
        }
        else if (vendor == DatabaseVendor.POSTGRESQL && words.isEmpty()) {
            String name = searched.nameExpression();
            sql.append(" from ").append(searched.table()).append(" c ").append(searched.joins()).append(" where (")
                    .append(name).append(" like ? or ").append(name).append(" like ? or c.email like ?) and ").append(visible.sql())
                    .append(" order by case when c.email like ? then 0 else 1 end, word_similarity(?, ").append(name)
                    .append(") desc, c.sort_name, c.id limit ?");
            parameters.add(escaped(text) + "%");
            parameters.add("% " + escaped(text) + "%");
            parameters.add(escaped(text) + "%");
            parameters.addAll(visible.parameters());
            parameters.add(escaped(text) + "%");
            parameters.add(text);
            parameters.add(limit);
            return jdbc.sql(sql.toString()).params(parameters).query(rows).list();
        }
        else {
            return byEmailThenName(searched, visible, text, words, limit, rows);
        }
        parameters.addAll(visible.parameters());
        parameters.add(limit);
        return jdbc.sql(sql.toString()).params(parameters).query(rows).list();
    }

    /**
     * Texts with a word of three characters or more, and on MySQL and MariaDB any text: what the
     * e-mail addresses start with, then names holding words close to the text's, as one ranking
     * (e-mail matches first, then by how close the name comes to the text, name and id). The close
     * words come from the small table of the names' words ({@link CloseWords}); the records are
     * then read by those words (on PostgreSQL through the trigram index, which finds them exactly),
     * in steps that stop once the limit is reached: a word at the high threshold for every word of
     * the text (or, when one has none, the closest word for every one), any tolerant word for every
     * one, and, for a text of several words, one for any of them. Each step reads more names than
     * the one before and ranks that step's names first again, so a step that falls short is
     * replaced by the next one. A text without such a word (MySQL and MariaDB) takes the names
     * holding a word that starts with each of its words of two characters.
     */
    private <T> List<T> byEmailThenName(Searched searched, SqlPredicate visible, String text, List<String> words, int limit,
            RowMapper<T> rows) {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            // Without JIT: the planner prices word_similarity high enough to compile each query, which takes longer than running it.
            jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true) || set_config('jit', 'off', true)")
                    .param("0." + SIMILARITY_TENTHS).query(String.class).single();
        }
        String emailStart = escaped(text) + "%";
        List<Long> byEmail = new ArrayList<>();
        RowMapper<T> noted = (rs, n) -> {
            byEmail.add(rs.getLong("id"));
            return rows.mapRow(rs, n);
        };
        List<T> hits = new ArrayList<>(emailsStarting(searched, visible, text, emailStart, limit, noted));
        if (hits.size() >= limit) {
            return hits;
        }
        if (words.isEmpty()) {
            Held starts = new Held(closeWords.startingWith(searched.recordType(), text), true);
            if (starts.worthReading()) {
                hits.addAll(holdingWords(searched, visible, text, emailStart, byEmail, starts, limit - hits.size(), rows));
            }
            return hits;
        }
        List<List<CloseWords.Scored>> tolerant = closeWords.closestTo(searched.recordType(), words);
        List<List<CloseWords.Scored>> close = tolerant.stream()
                .map(scored -> scored.stream().filter(word -> word.atLeastTenths(CLOSE_TENTHS)).toList()).toList();
        List<List<CloseWords.Scored>> best = tolerant.stream().map(scored -> scored.stream().limit(1).toList()).toList();
        boolean closeForEvery = close.stream().noneMatch(List::isEmpty);
        int rest = limit - hits.size();
        List<T> named = List.of();
        Held tried = null;
        for (Held step : List.of(new Held(closeForEvery ? close : best, true), new Held(tolerant, true), new Held(tolerant, words.size() == 1))) {
            if (named.size() < rest && !step.equals(tried) && step.worthReading()) {
                named = holdingWords(searched, visible, text, emailStart, byEmail, step, rest, rows);
                tried = step;
            }
        }
        hits.addAll(named);
        return hits;
    }

    /**
     * Which words a name must hold: for each word of the text, one of its close words, or (not
     * {@code forEvery}) one close word of any of them.
     */
    record Held(List<List<CloseWords.Scored>> closeWords, boolean forEvery) {

        boolean worthReading() {
            return forEvery ? !closeWords.isEmpty() && closeWords.stream().noneMatch(List::isEmpty) : closeWords.stream().anyMatch(list -> !list.isEmpty());
        }

        /** The close words as PostgreSQL looks them up: a list per word of the text, or one list of all of them. */
        List<List<CloseWords.Scored>> lists() {
            return forEvery ? closeWords : List.of(closeWords.stream().flatMap(List::stream).distinct().toList());
        }
    }

    /**
     * The records whose main e-mail address starts with the text, by an index range (in the
     * column's collation); ranked by the name's word similarity to the text on PostgreSQL, by
     * name on MySQL and MariaDB.
     */
    private <T> List<T> emailsStarting(Searched searched, SqlPredicate visible, String text, String emailStart, int limit, RowMapper<T> rows) {
        List<Object> parameters = new ArrayList<>(List.of(emailStart));
        parameters.addAll(visible.parameters());
        if (vendor == DatabaseVendor.POSTGRESQL) {
            parameters.addAll(List.of(text, limit));
            return jdbc.sql("select " + searched.columns() + " from " + searched.table() + " c " + searched.joins()
                    + " where c.email like ? and " + visible.sql() + ranked(searched)).params(parameters).query(rows).list();
        }
        parameters.add(limit);
        // The e-mail index also holds owner, team and name (V41): the addresses are checked and ranked from its range alone,
        // and only the rows kept are read in full. Forced, else MariaDB may walk the whole name index in order instead.
        return jdbc.sql("select " + searched.columns() + " from (select c.id, c.sort_name from " + searched.table() + " c force index ("
                + searched.table() + "_email_idx) where c.email like ? and " + visible.sql() + " order by c.sort_name, c.id limit ?) r join "
                + searched.table() + " c on c.id = r.id " + searched.joins() + " order by r.sort_name, r.id")
                .params(parameters).query(rows).list();
    }

    /**
     * The records whose name holds, for each list of words, one of them, whose word similarity to
     * the whole text reaches the tolerant threshold and whose e-mail address did not already match;
     * ranked by word similarity to the text. On MySQL and MariaDB, {@link #heldWords} instead, which
     * leaves out the records the e-mail step found ({@code byEmail}): as it found fewer than the limit,
     * those are all the visible ones whose address starts with the text.
     */
    private <T> List<T> holdingWords(Searched searched, SqlPredicate visible, String text, String emailStart, List<Long> byEmail, Held held,
            int limit, RowMapper<T> rows) {
        if (vendor != DatabaseVendor.POSTGRESQL) {
            return heldWords(searched, visible, byEmail, held, limit, rows);
        }
        StringBuilder sql = new StringBuilder("select ").append(searched.columns()).append(" from ").append(searched.table())
                .append(" c ").append(searched.joins()).append(" where ");
        List<Object> parameters = new ArrayList<>();
        for (List<CloseWords.Scored> forOneWord : held.lists()) {
            sql.append(forOneWord.stream().map(word -> searched.nameExpression() + " like ?").collect(Collectors.joining(" or ", "(", ") and ")));
            forOneWord.forEach(word -> parameters.add("%" + word.word() + "%"));
        }
        sql.append("word_similarity(?, ").append(searched.nameExpression()).append(") >= ? and (c.email is null or c.email not like ?) and ")
                .append(visible.sql()).append(ranked(searched));
        parameters.addAll(List.of(text, SIMILARITY_TENTHS / 10.0, emailStart));
        parameters.addAll(visible.parameters());
        parameters.addAll(List.of(text, limit));
        return jdbc.sql(sql.toString()).params(parameters).query(rows).list();
    }

    /**
     * MySQL and MariaDB: the records holding the words, read from {@code customer_search_record_words}
     * by word. How close a name comes to the text is the sum, over the words of the text, of the
     * word similarity of the closest word the name holds for it, which must average the tolerant
     * threshold, as PostgreSQL's word similarity of the name to the text must reach it (words that
     * merely start with the text's have no similarity and no threshold). Ranked by that, then by name.
     * The holders are checked and ranked from the narrow index {@code (id, owner_id, team_id, sort_name)}
     * (V41), which stays in memory where the table does not, and only the rows kept are read in full.
     */
    private <T> List<T> heldWords(Searched searched, SqlPredicate visible, List<Long> byEmail, Held held, int limit, RowMapper<T> rows) {
        List<Object> parameters = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int position = 0; position < held.closeWords().size(); position++) {
            for (CloseWords.Scored word : held.closeWords().get(position)) {
                wanted.add(wanted.isEmpty() ? "select ? as word, ? as position, ? as score" : "select ?, ?, ?");
                parameters.addAll(List.of(word.word(), position, word.similarityHundredths()));
            }
        }
        boolean scored = held.closeWords().stream().flatMap(List::stream).anyMatch(word -> word.similarityHundredths() > 0);
        int least = scored ? SIMILARITY_TENTHS * 10 * held.closeWords().size() : 0;
        parameters.addAll(List.of(searched.recordType(), held.forEvery() ? held.closeWords().size() : 1, least));
        parameters.addAll(byEmail);
        parameters.addAll(visible.parameters());
        parameters.add(limit);
        String notByEmail = byEmail.isEmpty() ? "" : byEmail.stream().map(id -> "?").collect(Collectors.joining(", ", "c.id not in (", ") and "));
        String table = searched.table();
        String sql = "select " + searched.columns() + " from (select c.id, s.score, c.sort_name from (select h.record_id, sum(h.score) as score from ("
                + "select w.record_id, k.position, max(k.score) as score from (" + String.join(" union all ", wanted) + ") k"
                + " join customer_search_record_words w on w.record_type = ? and w.word = k.word group by w.record_id, k.position) h"
                + " group by h.record_id having count(*) >= ? and sum(h.score) >= ?) s join " + table + " c force index (" + table
                + "_search_idx) on c.id = s.record_id where " + notByEmail + visible.sql() + " order by s.score desc, c.sort_name, c.id limit ?) r"
                + " join " + table + " c on c.id = r.id " + searched.joins() + " order by r.score desc, r.sort_name, r.id";
        return jdbc.sql(sql).params(parameters).query(rows).list();
    }

    private static String ranked(Searched searched) {
        return " order by word_similarity(?, " + searched.nameExpression() + ") desc, c.sort_name, c.id limit ?";
    }

    /** The first of the values that is not blank, or {@code null}: a hit's subtitle. */
    static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The text with the wildcards of {@code like} escaped. */
    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
