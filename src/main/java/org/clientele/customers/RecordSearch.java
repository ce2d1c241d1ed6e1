package org.clientele.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 * that looks like a phone number matches the digits of the main phone number anywhere; any other
 * matches the start of the main e-mail address (ranked first) or, tolerating typos, the name:
 * on PostgreSQL by {@code pg_trgm}'s word similarity on a trigram index, on MySQL and MariaDB by
 * the trigrams the records share with the text in {@code customer_search_trigrams}. Shorter texts
 * than three characters match the start of a word of the name. The reader's visibility is part of
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

    RecordSearch(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /**
     * What is searched: the table (alias {@code c}), further joins, the columns read, the name
     * expression PostgreSQL's trigram index is built on, and the record type of the trigram table.
     */
    record Searched(String table, String joins, String columns, String nameExpression, String trigramType, RecordColumns visibility) {
    }

    <T> List<T> search(Searched searched, Viewer viewer, String query, int limit, RowMapper<T> rows) {
        String text = query.strip().toLowerCase(Locale.ROOT);
        SqlPredicate visible = RecordVisibility.predicate(viewer, searched.visibility());
        List<Object> parameters = new ArrayList<>();
        String digits = phoneDigits(text);
        StringBuilder sql = new StringBuilder("select ").append(searched.columns());
        if (digits != null) {
            sql.append(" from ").append(searched.table()).append(" c ").append(searched.joins()).append(" where c.phone like ?");
            parameters.add("%" + digits + "%");
            sql.append(" and ").append(visible.sql()).append(" order by c.sort_name, c.id limit ?");
        }
        else if (vendor == DatabaseVendor.POSTGRESQL && text.length() < 3) {
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
            return byEmailThenName(searched, visible, text, limit, rows);
        }
        else {
            Set<String> trigrams = Trigrams.of(text);
            sql.append(" from (select m.record_id, sum(m.score) as score from (");
            if (!trigrams.isEmpty()) {
                sql.append("select t.record_id, count(*) as score from customer_search_trigrams t where t.record_type = ? and t.trigram in (")
                        .append(String.join(", ", trigrams.stream().map(trigram -> "?").toList()))
                        .append(") group by t.record_id having count(*) >= ? union all ");
                parameters.add(searched.trigramType());
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
     * PostgreSQL, texts of three characters or more: what the e-mail addresses start with, then
     * names by word similarity, as one ranking (e-mail matches first, then by similarity, name and
     * id) read in up to three steps that stop once the limit is reached. Each step reads only its
     * own candidates from the trigram indexes: a long text such as {@code maria.milrod} matches tens
     * of thousands of names in part, which need not be ranked once enough addresses start with it.
     * Names are tried at a high threshold before the tolerant one; when the closest names fill the
     * limit, the tolerant search, whose candidates are many more, would rank the same ones first.
     */
    private <T> List<T> byEmailThenName(Searched searched, SqlPredicate visible, String text, int limit, RowMapper<T> rows) {
        String name = searched.nameExpression();
        String from = " from " + searched.table() + " c " + searched.joins() + " where ";
        String order = " order by word_similarity(?, " + name + ") desc, c.sort_name, c.id limit ?";
        String emailStart = escaped(text) + "%";
        List<Object> parameters = new ArrayList<>(List.of(emailStart));
        parameters.addAll(visible.parameters());
        parameters.addAll(List.of(text, limit));
        List<T> hits = new ArrayList<>(jdbc.sql("select " + searched.columns() + from + "c.email like ? and " + visible.sql() + order)
                .params(parameters).query(rows).list());
        for (int tenths : new int[] {CLOSE_TENTHS, SIMILARITY_TENTHS}) {
            if (hits.size() >= limit) {
                break;
            }
            int rest = limit - hits.size();
            jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)").param("0." + tenths).query(String.class).single();
            parameters = new ArrayList<>(List.of(text, emailStart));
            parameters.addAll(visible.parameters());
            parameters.addAll(List.of(text, rest));
            List<T> named = jdbc.sql("select " + searched.columns() + from + "? <% " + name + " and (c.email is null or c.email not like ?) and "
                    + visible.sql() + order).params(parameters).query(rows).list();
            if (named.size() == rest || tenths == SIMILARITY_TENTHS) {
                hits.addAll(named);
                break;
            }
        }
        return hits;
    }

    /**
     * The digits of a text that looks like a phone number, without leading zeros (a trunk or
     * international prefix: {@code 030 1234} finds {@code +49301234}), or {@code null}.
     */
    static String phoneDigits(String text) {
        String digits = ListQuery.phoneDigits(text);
        if (digits == null) {
            return null;
        }
        String significant = digits.replaceFirst("^0+", "");
        return significant.length() >= 3 ? significant : digits;
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
