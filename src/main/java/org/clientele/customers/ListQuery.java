package org.clientele.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list query for {@code JdbcClient} with positional parameters, built in steps: filters, the
 * reader's visibility, the keyset that continues after a cursor, the order and the limit.
 * Times travel as UTC values the driver of either vendor reads the same way.
 */
final class ListQuery {

    /** Rows read from the database at a time when a whole list is streamed. */
    static final int FETCH_SIZE = 500;

    private final DatabaseVendor vendor;
    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();
    private String outerSelect;
    private String outerFrom;

    ListQuery(DatabaseVendor vendor, String selectFromWhereTrue) {
        this.vendor = vendor;
        this.sql = new StringBuilder(selectFromWhereTrue);
    }

    /** A query whose select already holds a condition with positional parameters. */
    ListQuery(DatabaseVendor vendor, String selectFromWhere, Object... values) {
        this(vendor, selectFromWhere);
        parameters.addAll(List.of(values));
    }

    /** Reads at most that many rows, in no particular order. */
    ListQuery limit(int rows) {
        sql.append(" limit ?");
        parameters.add(rows);
        return this;
    }

    /**
     * This query's rows followed by the other's, in one statement; each keeps its own conditions
     * and limit. Both must read the same columns.
     */
    ListQuery unionAll(ListQuery other) {
        sql.insert(0, '(').append(") union all (").append(other.sql).append(')');
        parameters.addAll(other.parameters);
        return this;
    }

    ListQuery and(String condition, Object... values) {
        sql.append(" and ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    ListQuery and(SqlPredicate predicate) {
        sql.append(" and ").append(predicate.sql());
        parameters.addAll(predicate.parameters());
        return this;
    }

    /**
     * Continues after the cursor's row in the page's direction and orders by the key, then by id.
     * The keyset is written {@code key >= ? and (key > ? or id > ?)}: the first, redundant half is
     * where both vendors start reading the {@code (key, id)} index, so a deep page reads no more
     * of it than the first; without it the index is read from its start and filtered.
     *
     * @param key the sort column, such as {@code c.sort_name}
     * @param time whether the key is a point in time (its cursor value an ISO instant)
     */
    ListQuery page(PageRequest page, String key, String idColumn, boolean time) {
        String comparison = page.descending() ? "<" : ">";
        if (page.after() != null) {
            Object value = time ? timeParameter(Instant.parse(page.after().values().get(0))) : page.after().values().get(0);
            and(key + " " + comparison + "= ? and (" + key + " " + comparison + " ? or " + idColumn + " " + comparison + " ?)",
                    value, value, Long.parseLong(page.after().values().get(1)));
        }
        if (outerSelect != null) {
            sql.insert(0, outerSelect + " from (").append(" offset 0) ").append(outerFrom);
        }
        orderBy(key, idColumn, page.descending());
        sql.append(" limit ?");
        parameters.add(page.rowsToRead());
        return this;
    }

    /**
     * A page of the rows the viewer may see, for a query that {@code query} builds around a
     * visibility condition (its select, that condition and the filters). For a viewer who sees
     * everything, one query. Otherwise one page per part of the condition
     * ({@link RecordVisibility#parts}), each read in the list's order from the index that leads
     * with its column, then merged, ordered and limited again: with the whole condition, InnoDB
     * walks the sort key's index and tests each row, and PostgreSQL either does the same or reads
     * every row the viewer may see and sorts them, some thousands of rows for a page of someone who
     * sees one record in fifty.
     *
     * @param key the sort column, such as {@code c.sort_name}, which the query must read under its own name
     * @param time whether the key is a point in time
     */
    static ListQuery visiblePage(DatabaseVendor vendor, Viewer viewer, RecordColumns columns, Function<SqlPredicate, ListQuery> query,
            PageRequest page, String key, String idColumn, boolean time) {
        if (viewer.seesAll()) {
            return query.apply(RecordVisibility.predicate(viewer, columns, vendor)).page(page, key, idColumn, time);
        }
        ListQuery union = new ListQuery(vendor, "select * from (");
        String separator = "(";
        for (SqlPredicate part : RecordVisibility.parts(viewer, columns)) {
            ListQuery partPage = query.apply(part).page(page, key, idColumn, time);
            union.sql.append(separator).append(partPage.sql).append(')');
            union.parameters.addAll(partPage.parameters);
            separator = " union (";
        }
        union.sql.append(") visible");
        union.orderBy(unqualified(key), unqualified(idColumn), page.descending());
        union.sql.append(" limit ?");
        union.parameters.add(page.rowsToRead());
        return union;
    }

    /** {@code sort_name} of {@code c.sort_name}: the column as a derived table names it. */
    private static String unqualified(String column) {
        return column.substring(column.indexOf('.') + 1);
    }

    /**
     * Makes {@link #page} read every row that passes the conditions before it orders them and
     * joins further tables; PostgreSQL only ({@code offset} without {@code limit}). For conditions its indexes
     * find quickly, such as a search text on trigram indexes. Otherwise the planner may walk the
     * sort key's index and test each row, which reads most of the table when the matches sit late
     * in the sort order (a last name in a list by name). {@code offset 0} keeps the planner from
     * merging the two levels.
     *
     * @param select the columns the page reads, as in a query over {@code from}
     * @param from the inner query's alias and the joins after it, such as
     *        {@code c left join companies co on co.id = c.company_id}; the query so far must read
     *        every column of the table under that alias
     */
    ListQuery matchesFirst(String select, String from) {
        outerSelect = select;
        outerFrom = from;
        return this;
    }

    /** Orders by the key, then by id, both in the same direction. */
    ListQuery orderBy(String key, String idColumn, boolean descending) {
        String direction = descending ? "desc" : "asc";
        sql.append(" order by ").append(key).append(' ').append(direction).append(", ").append(idColumn).append(' ')
                .append(direction);
        return this;
    }

    /** Orders by the id alone and reads at most {@code limit} rows. */
    ListQuery orderedById(String idColumn, int limit) {
        sql.append(" order by ").append(idColumn).append(" limit ?");
        parameters.add(limit);
        return this;
    }

    /** Wraps the query so that {@link #count} stops after {@code limit} rows instead of reading every match. */
    ListQuery limited(int limit) {
        sql.insert(0, "select count(*) from (").append(" limit ?) limited");
        parameters.add(limit);
        return this;
    }

    long count(JdbcClient jdbc) {
        return jdbc.sql(sql.toString()).params(parameters).query(Long.class).single();
    }

    <T> List<T> list(JdbcClient jdbc, RowMapper<T> rows) {
        return jdbc.sql(sql.toString()).params(parameters).query(rows).list();
    }

    /**
     * Every row, read from the database {@code fetchSize} at a time while the stream is consumed
     * (a server-side cursor on PostgreSQL, which needs the surrounding transaction; row streaming
     * on MariaDB Connector/J). The caller closes the stream.
     */
    <T> Stream<T> stream(JdbcClient jdbc, RowMapper<T> rows, int fetchSize) {
        return jdbc.sql(sql.toString()).withFetchSize(fetchSize).params(parameters).query(rows).stream();
    }

    Object timeParameter(Instant instant) {
        return timeParameter(vendor, instant);
    }

    /** A point in time as a parameter the vendor's driver writes as UTC. */
    static Object timeParameter(DatabaseVendor vendor, Instant instant) {
        return vendor == DatabaseVendor.POSTGRESQL ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A time column as an instant; MySQL and MariaDB keep it without zone, in UTC. */
    static Instant instant(DatabaseVendor vendor, ResultSet rs, String column) throws SQLException {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** {@code %text%} for {@code like}, in lower case, with the wildcards in the text escaped. */
    static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * The digits of a search text that looks like a phone number, without the one or two leading
     * zeros of a trunk or international prefix (E.164 has neither): {@code 030 1234} and
     * {@code 0049 30 1234} look for {@code 301234} and {@code 49301234}, {@code 0000639} for
     * {@code 00639}, not for every {@code 639}; or {@code null}.
     */
    static String phoneDigits(String text) {
        if (!text.strip().matches("[+0-9 ()./-]{3,}")) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "").replaceFirst("^0{1,2}", "");
        return digits.length() >= 3 ? digits : null;
    }
}
