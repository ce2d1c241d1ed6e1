package org.clientele.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Reads lists of companies with {@code JdbcClient}: only those the viewer may see, filtered,
 * page by page by keyset on an index that matches the sort ({@code (sort_name, id)} or
 * {@code (created_at, id)}).
 */
@Component
class CompanyList {

    static final String DEFAULT_SORT = "name";
    static final List<String> SORTS = List.of("name", "-name", "createdAt", "-createdAt");
    static final RecordColumns COLUMNS = RecordColumns.of("c.owner_id", "c.team_id")
            .coOwnedIn("company_co_owners", "company_id", "user_id", "c.id");

    private static final String SELECT = "select c.id, c.name, c.sort_name, c.website, c.email, c.phone, c.city, c.country, "
            + "c.owner_id, c.team_id, c.created_at from companies c where 1 = 1";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    CompanyList(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    CursorPage<CompanySummary> list(Viewer viewer, CompanyFilter filter, PageRequest page) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byTime = page.sortField().equals("createdAt");
        ListQuery query = ListQuery.visiblePage(vendor, viewer, COLUMNS, visible -> query(visible, filter), page,
                byTime ? "c.created_at" : "c.sort_name", "c.id", byTime);
        List<Row> rows = query.list(jdbc, this::row);
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(),
                byTime ? row.company().createdAt().toString() : row.sortName(), Long.toString(row.company().id())))
                .map(Row::company);
    }

    /**
     * Every row of the list in the given sort, read as the stream is consumed (see
     * {@link ListQuery#stream}); the same query as a page, without the keyset and the limit.
     */
    Stream<CompanySummary> stream(Viewer viewer, CompanyFilter filter, String sort) {
        if (!SORTS.contains(sort)) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byTime = sort.endsWith("createdAt");
        return query(RecordVisibility.predicate(viewer, COLUMNS, vendor), filter)
                .orderBy(byTime ? "c.created_at" : "c.sort_name", "c.id", sort.startsWith("-"))
                .stream(jdbc, this::row, ListQuery.FETCH_SIZE).map(Row::company);
    }

    /** The rows that pass the visibility condition and the filter, in no order yet. */
    private ListQuery query(SqlPredicate visible, CompanyFilter filter) {
        ListQuery query = new ListQuery(vendor, SELECT).and(visible);
        filter(query, filter);
        return query;
    }

    private static void filter(ListQuery query, CompanyFilter filter) {
        if (filter.q() != null && !filter.q().isBlank()) {
            String pattern = ListQuery.containing(filter.q());
            String digits = ListQuery.phoneDigits(filter.q());
            String text = "c.sort_name like ? or lower(c.alternative_names) like ? or c.email like ?";
            if (digits != null) {
                query.and("(" + text + " or c.phone like ?)", pattern, pattern, pattern, "%" + digits + "%");
            }
            else {
                query.and("(" + text + ")", pattern, pattern, pattern);
            }
        }
        if (filter.ownerId() != null) {
            query.and("c.owner_id = ?", filter.ownerId());
        }
        if (filter.teamId() != null) {
            query.and("c.team_id = ?", filter.teamId());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            query.and("c.country = ?", Countries.normalize(filter.country()));
        }
        if (filter.typeId() != null) {
            query.and("c.type_id = ?", filter.typeId());
        }
        if (filter.industryId() != null) {
            query.and("exists (select 1 from company_industries ci where ci.company_id = c.id and ci.industry_id = ?)",
                    filter.industryId());
        }
        if (filter.tagId() != null) {
            query.and(TagLink.tagged(TaggedType.COMPANY, "c.id"), filter.tagId());
        }
        filter.created().applyTo(query, "c.created_at");
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new CompanySummary(rs.getLong("id"), rs.getString("name"), rs.getString("website"), rs.getString("email"),
                rs.getString("phone"), rs.getString("city"), rs.getString("country"), rs.getLong("owner_id"),
                ListQuery.nullableLong(rs, "team_id"), ListQuery.instant(vendor, rs, "created_at")), rs.getString("sort_name"));
    }

    private record Row(CompanySummary company, String sortName) {
    }
}
