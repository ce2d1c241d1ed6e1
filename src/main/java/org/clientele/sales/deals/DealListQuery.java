package org.clientele.sales.deals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An SQL statement over {@code deals d} with positional parameters, grown in steps: the reader's
 * visibility, the filter, then whatever the caller appends (grouping, keyset, order, limit).
 */
final class DealListQuery {

    static final RecordColumns COLUMNS = RecordColumns.of("d.owner_id", "d.team_id")
            .coOwnedIn("deal_co_owners", "deal_id", "user_id", "d.id");

    private final DatabaseVendor vendor;
    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    /** @param selectFromWhere a statement ending in a where clause, with {@code deals d} in its from */
    DealListQuery(DatabaseVendor vendor, String selectFromWhere, Viewer viewer, DealListFilter filter) {
        this(vendor, selectFromWhere, RecordVisibility.predicate(viewer, COLUMNS, vendor), filter);
    }

    /** @param visible the whole visibility condition or one of its {@link RecordVisibility#parts} */
    DealListQuery(DatabaseVendor vendor, String selectFromWhere, SqlPredicate visible, DealListFilter filter) {
        this.vendor = vendor;
        this.sql = new StringBuilder(selectFromWhere);
        sql.append(' ').append(visible.sql());
        parameters.addAll(visible.parameters());
        filter(filter);
    }

    /**
     * One page merged from pages read per visibility part, each already ordered and limited: the
     * union (without the rows two parts both found) between {@code before} and {@code after},
     * which join, order and limit it again.
     *
     * @param before such as {@code select d.id, p.name … from (}
     * @param after such as {@code ) d join pipelines p on … order by d.created_at desc, d.id desc limit ?}
     */
    static DealListQuery union(DatabaseVendor vendor, String before, List<DealListQuery> pages, String after, int rows) {
        DealListQuery union = new DealListQuery(vendor);
        union.sql.append(before);
        String separator = "(";
        for (DealListQuery page : pages) {
            union.sql.append(separator).append(page.sql).append(')');
            union.parameters.addAll(page.parameters);
            separator = " union (";
        }
        return union.append(after, rows);
    }

    private DealListQuery(DatabaseVendor vendor) {
        this.vendor = vendor;
        this.sql = new StringBuilder();
    }

    private void filter(DealListFilter filter) {
        if (filter.q() != null && !filter.q().isBlank()) {
            and("lower(d.name) like ?", "%" + filter.q().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.pipelineId() != null) {
            and("d.pipeline_id = ?", filter.pipelineId());
        }
        if (filter.stageId() != null) {
            and("d.stage_id = ?", filter.stageId());
        }
        if (filter.status() != null) {
            and("d.status = ?", filter.status());
        }
        if (filter.ownerId() != null) {
            and("d.owner_id = ?", filter.ownerId());
        }
        if (filter.teamId() != null) {
            and("d.team_id = ?", filter.teamId());
        }
        if (filter.expectedCloseFrom() != null) {
            and("d.expected_close >= ?", filter.expectedCloseFrom());
        }
        if (filter.expectedCloseTo() != null) {
            and("d.expected_close <= ?", filter.expectedCloseTo());
        }
    }

    DealListQuery and(String condition, Object... values) {
        sql.append(" and ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Appends SQL written in code, such as a group by or an order by. */
    DealListQuery append(String clause, Object... values) {
        sql.append(' ').append(clause);
        parameters.addAll(List.of(values));
        return this;
    }

    <T> List<T> list(JdbcClient jdbc, RowMapper<T> rows) {
        return jdbc.sql(sql.toString()).params(parameters).query(rows).list();
    }

    long count(JdbcClient jdbc) {
        return jdbc.sql(sql.toString()).params(parameters).query(Long.class).single();
    }

    /** A point in time as a parameter the vendor's driver writes as UTC. */
    Object time(Instant instant) {
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
}
