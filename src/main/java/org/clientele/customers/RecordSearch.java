package org.clientele.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * matches the start of the main e-mail address (ranked first) or, tolerating typos, the name:
 * on PostgreSQL by {@code pg_trgm}'s word similarity, through the names' words closest to the
 * text's ({@link CloseWords}), on MySQL and MariaDB by the trigrams the records share with the
 * text in {@code customer_search_trigrams}. On PostgreSQL a text without a word of three
 * characters matches the start of a word of the name. The reader's visibility is part of
 * the query, so the limit counts only what they may see.
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
        else if (vendor == DatabaseVendor.POSTGRESQL) {
            return byEmailThenName(searched, visible, text, words, limit, rows);
        }
        else {
            Set<String> trigrams = Trigrams.of(text);
            sql.append(" from (select m.record_id, sum(m.score) as score from (");
            if (!trigrams.isEmpty()) {
                sql.append("select t.record_id, count(*) as score from customer_search_trigrams t where t.record_type = ? and t.trigram in (")
                        .append(String.join(", ", trigrams.stream().map(trigram -> "?").toList()))
                        .append(") group by t.record_id having count(*) >= ? union all ");
                parameters.add(searched.recordType());
                parameters.addAll(trigrams);
                parameters.add(Math.max(2, (SIMILARITY_TENTHS * trigrams.size() + 9) / 10));
            }
            sql.append("select e.id, 1000 from ").append(searched.table()).append(" e where e.email like ?")
                    .append(") m group by m.record_id) s join ").append(searched.table()).append(" c on c.id = s.record_id ")
                    .append(searched.joins()).append(" where ").append(visible.sql())
                    .append(" order by s.score desc, c.sort_name, c.id limit ?");
            parameters.add(escaped(text) + "%");
        }
        parameters.addAll(visible.parameters());
        parameters.add(limit);
        return jdbc.sql(sql.toString()).params(parameters).query(rows).list();
    }

    /**
     * PostgreSQL, texts with a word of three characters or more: what the e-mail addresses start
     * with, then names holding words close to the text's, as one ranking (e-mail matches first, then
     * by the name's word similarity to the text, name and id). The close words come from the small
     * table of the names' words ({@link CloseWords}); the records are then read by those words,
     * which the trigram index finds exactly, in steps that stop once the limit is reached: a word at
     * the high threshold for every word of the text (or, when one has none, the closest word for
     * every one), any tolerant word for every one, and, for a text of several words, one for any
     * of them. Each step reads
     * more names than the one before and ranks that step's names first again, so a step that
     * falls short is replaced by the next one.
     */
    private <T> List<T> byEmailThenName(Searched searched, SqlPredicate visible, String text, List<String> words, int limit,
            RowMapper<T> rows) {
        // Without JIT: the planner prices word_similarity high enough to compile each query, which takes longer than running it.
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true) || set_config('jit', 'off', true)")
                .param("0." + SIMILARITY_TENTHS).query(String.class).single();
        String emailStart = escaped(text) + "%";
        List<Object> parameters = new ArrayList<>(List.of(emailStart));
        parameters.addAll(visible.parameters());
        parameters.addAll(List.of(text, limit));
        List<T> hits = new ArrayList<>(jdbc.sql("select " + searched.columns() + " from " + searched.table() + " c " + searched.joins()
                + " where c.email like ? and " + visible.sql() + ranked(searched)).params(parameters).query(rows).list());
        if (hits.size() >= limit) {
            return hits;
        }
        List<List<CloseWords.Scored>> tolerant = closeWords.closestTo(searched.recordType(), words);
        List<List<CloseWords.Scored>> close = tolerant.stream()
                .map(scored -> scored.stream().filter(word -> word.atLeastTenths(CLOSE_TENTHS)).toList()).toList();
        List<List<CloseWords.Scored>> best = tolerant.stream().map(scored -> scored.stream().limit(1).toList()).toList();
        List<List<CloseWords.Scored>> anyWord = words.size() > 1 ? List.of(tolerant.stream().flatMap(List::stream).distinct().toList()) : List.of();
        boolean closeForEvery = close.stream().noneMatch(List::isEmpty);
        int rest = limit - hits.size();
        List<T> named = List.of();
        List<List<CloseWords.Scored>> tried = null;
        for (List<List<CloseWords.Scored>> step : List.of(closeForEvery ? close : best, tolerant, anyWord)) {
            if (named.size() < rest && !step.equals(tried) && !step.isEmpty() && step.stream().noneMatch(List::isEmpty)) {
                named = holdingWords(searched, visible, text, emailStart, step, rest, rows);
                tried = step;
            }
        }
        hits.addAll(named);
        return hits;
    }

    /**
     * The records whose name holds, for each list of words, one of them, whose word similarity to
     * the whole text reaches the tolerant threshold and whose e-mail address did not already match;
     * ranked by word similarity to the text.
     */
    private <T> List<T> holdingWords(Searched searched, SqlPredicate visible, String text, String emailStart,
            List<List<CloseWords.Scored>> closeWords, int limit, RowMapper<T> rows) {
        StringBuilder sql = new StringBuilder("select ").append(searched.columns()).append(" from ").append(searched.table())
                .append(" c ").append(searched.joins()).append(" where ");
        List<Object> parameters = new ArrayList<>();
        for (List<CloseWords.Scored> forOneWord : closeWords) {
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
