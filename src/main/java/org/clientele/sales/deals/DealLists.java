package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.Money;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of deals the signed-in user may see, filtered, page by page by keyset on the sort column
 * and the id. Amount and expected close may be empty: those deals come last in either direction.
 */
@Service
@Transactional(readOnly = true)
public class DealLists {

    public static final String DEFAULT_SORT = "-createdAt";
    public static final List<String> SORTS = List.of("name", "-name", "amount", "-amount", "expectedClose", "-expectedClose",
            "createdAt", "-createdAt");
    /** The estimated total stops counting here. */
    public static final int ESTIMATE_CAP = 1000;
    public static final List<String> STATUSES = List.of("OPEN", "WON", "LOST");

    private static final Map<String, String> KEYS = Map.of("name", "d.name", "amount", "d.amount", "expectedClose",
            "d.expected_close", "createdAt", "d.created_at");
    private static final String COLUMNS = "select d.id, d.name, d.pipeline_id, p.name as pipeline_name, d.stage_id, "
            + "s.name as stage_name, d.status, d.amount, d.currency, d.probability, d.expected_close, d.company_id, "
            + "c.name as company_name, d.owner_id, u.full_name as owner_name, d.team_id, d.important, d.created_at";
    private static final String JOINS = "join pipelines p on p.id = d.pipeline_id join pipeline_stages s on s.id = d.stage_id "
            + "left join companies c on c.id = d.company_id join users u on u.id = d.owner_id";
    private static final String SELECT = COLUMNS + " from deals d " + JOINS + " where";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final RecordVisibility visibility;

    DealLists(JdbcClient jdbc, DatabaseVendor vendor, RecordVisibility visibility) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.visibility = visibility;
    }

    /**
     * For a user who does not see every deal, one page per part of their visibility (their own
     * deals, each team's, the co-owned ones), each read in order from an index leading with the
     * owner or the team, merged into the page (see {@code ListQuery} of module customers).
     *
     * @throws InvalidInputException for an unknown sort or status, or a cursor of another sort
     */
    public CursorPage<DealListRow> list(DealListFilter filter, PageRequest page) {
        check(filter, page.sort());
        String field = page.sortField();
        Viewer viewer = visibility.viewer();
        DealListQuery query;
        if (viewer.seesAll()) {
            query = page(new DealListQuery(vendor, SELECT, viewer, filter), field, page);
        }
        else {
            // Each part reads deals alone: with the joins, MariaDB starts from another table and sorts all of the owner's deals.
            List<DealListQuery> pages = RecordVisibility.parts(viewer, DealListQuery.COLUMNS).stream()
                    .map(part -> page(new DealListQuery(vendor, "select d.* from deals d where", part, filter), field, page)).toList();
            query = DealListQuery.union(vendor, COLUMNS + " from (", pages, ") d " + JOINS + " order by "
                    + orderBy(field, page.descending()) + " limit ?", page.rowsToRead());
        }
        List<DealListRow> rows = query.list(jdbc, this::row);
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(), cursorValue(field, row), Long.toString(row.id())));
    }

    /** Adds the keyset after the cursor, the order and the limit. */
    private DealListQuery page(DealListQuery query, String field, PageRequest page) {
        String key = KEYS.get(field);
        String id = "d.id";
        boolean nullable = nullable(field);
        String comparison = page.descending() ? "<" : ">";
        if (page.after() != null) {
            String value = page.after().values().get(0);
            long after = Long.parseLong(page.after().values().get(1));
            if (nullable && value.isEmpty()) {
                query.and("(" + key + " is null and " + id + " " + comparison + " ?)", after);
            }
            else if (nullable) {
                Object parameter = parameter(query, field, value);
                query.and("(" + key + " " + comparison + " ? or (" + key + " = ? and " + id + " " + comparison + " ?) or " + key
                        + " is null)", parameter, parameter, after);
            }
            else {
                // key >= ? first: where the index on the key starts reading, so a deep page reads no more than the first
                Object parameter = parameter(query, field, value);
                query.and(key + " " + comparison + "= ? and (" + key + " " + comparison + " ? or " + id + " " + comparison + " ?)",
                        parameter, parameter, after);
            }
        }
        return query.append("order by " + orderBy(field, page.descending()) + " limit ?", page.rowsToRead());
    }

    /** Empty amounts and expected closes last in either direction, then by id. */
    private static String orderBy(String field, boolean descending) {
        String key = KEYS.get(field);
        String direction = descending ? " desc" : "";
        return (nullable(field) ? "case when " + key + " is null then 1 else 0 end, " : "") + key + direction + ", d.id" + direction;
    }

    private static boolean nullable(String field) {
        return field.equals("amount") || field.equals("expectedClose");
    }

    /** How many deals pass the filter, counted up to {@link #ESTIMATE_CAP} and no further. */
    public long estimate(DealListFilter filter) {
        check(filter, DEFAULT_SORT);
        DealListQuery query = new DealListQuery(vendor, "select count(*) from (select d.id from deals d where",
                visibility.viewer(), filter);
        return query.append("limit ?) capped", ESTIMATE_CAP + 1).count(jdbc);
    }

    private static void check(DealListFilter filter, String sort) {
        if (!SORTS.contains(sort)) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        if (filter.status() != null && !STATUSES.contains(filter.status())) {
            throw InvalidInputException.of("status", "deals.list.status.unknown", String.join(", ", STATUSES));
        }
    }

    private static Object parameter(DealListQuery query, String field, String value) {
        try {
            return switch (field) {
                case "amount" -> new BigDecimal(value);
                case "expectedClose" -> LocalDate.parse(value);
                case "createdAt" -> query.time(Instant.parse(value));
                default -> value;
            };
        }
        catch (RuntimeException ex) {
            throw InvalidInputException.of("cursor", "validation.cursor.invalid");
        }
    }

    private static String cursorValue(String field, DealListRow row) {
        return switch (field) {
            case "amount" -> row.amount() == null ? "" : row.amount().amount().toPlainString();
            case "expectedClose" -> row.expectedClose() == null ? "" : row.expectedClose().toString();
            case "createdAt" -> row.createdAt().toString();
            default -> row.name();
        };
    }

    private DealListRow row(ResultSet rs, int n) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new DealListRow(rs.getLong("id"), rs.getString("name"), rs.getLong("pipeline_id"), rs.getString("pipeline_name"),
                rs.getLong("stage_id"), rs.getString("stage_name"), rs.getString("status"),
                amount == null ? null : new Money(amount, CurrencyCode.of(rs.getString("currency").strip())),
                rs.getBigDecimal("probability"), rs.getObject("expected_close", LocalDate.class),
                DealListQuery.nullableLong(rs, "company_id"), rs.getString("company_name"), rs.getLong("owner_id"),
                rs.getString("owner_name"), DealListQuery.nullableLong(rs, "team_id"), rs.getBoolean("important"),
                DealListQuery.instant(vendor, rs, "created_at"));
    }
}
