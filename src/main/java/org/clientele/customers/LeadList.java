package org.clientele.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.SqlPredicate;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads lists of leads with {@code JdbcClient}, with the name of their source: only those the
 * viewer may see, filtered, page by page by keyset ({@code (sort_name, id)} or {@code (created_at, id)}).
 */
@Component
class LeadList {

    static final String DEFAULT_SORT = "name";
    static final List<String> SORTS = List.of("name", "-name", "createdAt", "-createdAt");
    static final RecordColumns COLUMNS = RecordColumns.of("l.owner_id", "l.team_id")
            .coOwnedIn("lead_co_owners", "lead_id", "user_id", "l.id");

    private static final String SELECT = "select l.id, l.status, l.first_name, l.last_name, l.sort_name, l.company_name, l.email, "
            + "l.phone, l.country, l.source_id, s.name as source_name, l.owner_id, l.team_id, l.created_at "
            + "from leads l left join lead_sources s on s.id = l.source_id where 1 = 1";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    LeadList(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    CursorPage<LeadSummary> list(Viewer viewer, LeadFilter filter, PageRequest page) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byTime = page.sortField().equals("createdAt");
        ListQuery query = ListQuery.visiblePage(vendor, viewer, COLUMNS, visible -> query(visible, filter), page,
                byTime ? "l.created_at" : "l.sort_name", "l.id", byTime);
        List<Row> rows = query.list(jdbc, this::row);
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(),
                byTime ? row.lead().createdAt().toString() : row.sortName(), Long.toString(row.lead().id())))
                .map(Row::lead);
    }

    /**
     * Every row of the list in the given sort, read as the stream is consumed (see
     * {@link ListQuery#stream}); the same query as a page, without the keyset and the limit.
     */
    Stream<LeadSummary> stream(Viewer viewer, LeadFilter filter, String sort) {
        if (!SORTS.contains(sort)) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byTime = sort.endsWith("createdAt");
        return query(RecordVisibility.predicate(viewer, COLUMNS, vendor), filter)
                .orderBy(byTime ? "l.created_at" : "l.sort_name", "l.id", sort.startsWith("-"))
                .stream(jdbc, this::row, ListQuery.FETCH_SIZE).map(Row::lead);
    }

    /** The rows that pass the visibility condition and the filter, in no order yet. */
    private ListQuery query(SqlPredicate visible, LeadFilter filter) {
        ListQuery query = new ListQuery(vendor, SELECT).and(visible);
        filter(query, filter);
        return query;
    }

    /** Every word of the search in the person's name, or the text in the company name or e-mail; or digits of the phone. */
    private static void filter(ListQuery query, LeadFilter filter) {
        if (filter.q() != null && !filter.q().isBlank()) {
            String digits = ListQuery.phoneDigits(filter.q());
            if (digits != null) {
                query.and("l.phone like ?", "%" + digits + "%");
            }
            else {
                List<String> words = Arrays.stream(filter.q().strip().split("\\s+")).limit(5).toList();
                String names = String.join(" and ", words.stream().map(word -> "l.sort_name like ?").toList());
                Object[] values = words.stream().map(ListQuery::containing).toArray();
                Object[] all = Arrays.copyOf(values, values.length + 2);
                all[values.length] = ListQuery.containing(filter.q());
                all[values.length + 1] = ListQuery.containing(filter.q());
                query.and("((" + names + ") or lower(l.company_name) like ? or l.email like ?)", all);
            }
        }
        if (filter.status() != null) {
            query.and("l.status = ?", filter.status().name());
        }
        if (filter.ownerId() != null) {
            query.and("l.owner_id = ?", filter.ownerId());
        }
        if (filter.teamId() != null) {
            query.and("l.team_id = ?", filter.teamId());
        }
        if (filter.sourceId() != null) {
            query.and("l.source_id = ?", filter.sourceId());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            query.and("l.country = ?", Countries.normalize(filter.country()));
        }
        if (filter.tagId() != null) {
            query.and(TagLink.tagged(TaggedType.LEAD, "l.id"), filter.tagId());
        }
        filter.created().applyTo(query, "l.created_at");
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new LeadSummary(rs.getLong("id"), LeadStatus.valueOf(rs.getString("status")), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("company_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("country"), ListQuery.nullableLong(rs, "source_id"), rs.getString("source_name"), rs.getLong("owner_id"),
                ListQuery.nullableLong(rs, "team_id"), ListQuery.instant(vendor, rs, "created_at")), rs.getString("sort_name"));
    }

    private record Row(LeadSummary lead, String sortName) {
    }
}
