package org.clientele.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * Reads lists of contacts with {@code JdbcClient}, with the name of their company: only those
 * the viewer may see, filtered, page by page by keyset ({@code (sort_name, id)} or
 * {@code (created_at, id)}).
 */
@Component
class ContactList {

    static final String DEFAULT_SORT = "name";
    static final List<String> SORTS = List.of("name", "-name", "createdAt", "-createdAt");
    static final RecordColumns COLUMNS = RecordColumns.of("c.owner_id", "c.team_id")
            .coOwnedIn("contact_co_owners", "contact_id", "user_id", "c.id");

    /** The shortest word the trigram indexes of the name, e-mail address and phone number find by {@code like '%word%'}. */
    private static final int TRIGRAM = 3;

    private static final String COLUMNS_READ = "select c.id, c.first_name, c.last_name, c.sort_name, c.title, c.company_id, "
            + "co.name as company_name, c.email, c.phone, c.city, c.country, c.owner_id, c.team_id, c.created_at";
    private static final String FROM = "c left join companies co on co.id = c.company_id";
    private static final String SELECT = COLUMNS_READ + " from contacts " + FROM + " where 1 = 1";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    ContactList(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    CursorPage<ContactSummary> list(Viewer viewer, ContactFilter filter, PageRequest page) {
        return list(viewer, filter, page, null);
    }

    /** @param segmentId only the listed members of this static segment, or {@code null} */
    CursorPage<ContactSummary> list(Viewer viewer, ContactFilter filter, PageRequest page, Long segmentId) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byTime = page.sortField().equals("createdAt");
        ListQuery query = ListQuery.visiblePage(vendor, viewer, COLUMNS, visible -> inSegment(query(visible, filter, true), segmentId),
                page, byTime ? "c.created_at" : "c.sort_name", "c.id", byTime);
        List<Row> rows = query.list(jdbc, this::row);
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(),
                byTime ? row.contact().createdAt().toString() : row.sortName(), Long.toString(row.contact().id())))
                .map(Row::contact);
    }

    /** How many contacts the viewer may see match, counting no further than {@code limit}. */
    long count(Viewer viewer, ContactFilter filter, Long segmentId, int limit) {
        ListQuery query = new ListQuery(vendor, "select c.id from contacts c where 1 = 1").and(RecordVisibility.predicate(viewer, COLUMNS, vendor));
        filter(query, filter);
        inSegment(query, segmentId);
        return query.limited(limit).count(jdbc);
    }

    /** The ids of the matching contacts the viewer may see, by id, after the given one. */
    List<Long> ids(Viewer viewer, ContactFilter filter, Long segmentId, long afterId, int limit) {
        ListQuery query = new ListQuery(vendor, "select c.id from contacts c where 1 = 1").and(RecordVisibility.predicate(viewer, COLUMNS, vendor));
        filter(query, filter);
        inSegment(query, segmentId);
        query.and("c.id > ?", afterId);
        return query.orderedById("c.id", limit).list(jdbc, (rs, n) -> rs.getLong(1));
    }

    private static ListQuery inSegment(ListQuery query, Long segmentId) {
        if (segmentId != null) {
            query.and("exists (select 1 from segment_members sm where sm.segment_id = ? and sm.contact_id = c.id)", segmentId);
        }
        return query;
    }

    /**
     * Every row of the list in the given sort, read as the stream is consumed (see
     * {@link ListQuery#stream}); the same query as a page, without the keyset and the limit.
     */
    Stream<ContactSummary> stream(Viewer viewer, ContactFilter filter, String sort) {
        if (!SORTS.contains(sort)) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byTime = sort.endsWith("createdAt");
        return query(RecordVisibility.predicate(viewer, COLUMNS, vendor), filter, false)
                .orderBy(byTime ? "c.created_at" : "c.sort_name", "c.id", sort.startsWith("-"))
                .stream(jdbc, this::row, ListQuery.FETCH_SIZE).map(Row::contact);
    }

    /**
     * The rows that pass the visibility condition and the filter, in no order yet.
     *
     * @param paged whether it is read as a page (see {@link ListQuery#matchesFirst})
     */
    private ListQuery query(SqlPredicate visible, ContactFilter filter, boolean paged) {
        ListQuery query = paged && searchedOnTrigrams(filter)
                ? new ListQuery(vendor, "select c.* from contacts c where 1 = 1").matchesFirst(COLUMNS_READ, FROM)
                : new ListQuery(vendor, SELECT);
        query.and(visible);
        filter(query, filter);
        return query;
    }

    /**
     * Whether PostgreSQL's trigram indexes find the search text's matches (every word at least three
     * characters long), so that a page reads those first instead of walking the list's order.
     */
    private boolean searchedOnTrigrams(ContactFilter filter) {
        return vendor == DatabaseVendor.POSTGRESQL && filter.q() != null && !filter.q().isBlank()
                && Arrays.stream(filter.q().strip().split("\\s+")).limit(5).allMatch(word -> word.length() >= TRIGRAM);
    }

    /**
     * Every word of the search in the name, or the text in the main e-mail address; for text that
     * looks like a phone number also its digits in the main phone number (names may hold digits too).
     */
    private static void filter(ListQuery query, ContactFilter filter) {
        if (filter.q() != null && !filter.q().isBlank()) {
            List<String> words = Arrays.stream(filter.q().strip().split("\\s+")).limit(5).toList();
            List<Object> values = new ArrayList<>(words.stream().map(ListQuery::containing).toList());
            StringBuilder condition = new StringBuilder("((")
                    .append(String.join(" and ", words.stream().map(word -> "c.sort_name like ?").toList()))
                    .append(") or c.email like ?");
            values.add(ListQuery.containing(filter.q()));
            String digits = ListQuery.phoneDigits(filter.q());
            if (digits != null) {
                condition.append(" or c.phone like ?");
                values.add("%" + digits + "%");
            }
            query.and(condition.append(')').toString(), values.toArray());
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
        if (filter.companyId() != null) {
            query.and("c.company_id = ?", filter.companyId());
        }
        if (filter.tagId() != null) {
            query.and(TagLink.tagged(TaggedType.CONTACT, "c.id"), filter.tagId());
        }
        filter.created().applyTo(query, "c.created_at");
        if (filter.consent() != null) {
            query.and(consentCondition(filter.consent()));
        }
    }

    /** Without a consent row a contact has given no answer and may be contacted. */
    private static String consentCondition(ConsentFilter consent) {
        String consents = "select 1 from contact_consents k where k.contact_id = c.id and ";
        return switch (consent) {
            case OPTED_IN -> "exists (" + consents + "k.email_marketing = 'OPTED_IN')";
            case OPTED_OUT -> "exists (" + consents + "k.email_marketing = 'OPTED_OUT')";
            case UNKNOWN -> "not exists (" + consents + "k.email_marketing <> 'UNKNOWN')";
            case DO_NOT_CONTACT -> "exists (" + consents + "k.do_not_contact = true)";
        };
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new ContactSummary(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("title"),
                ListQuery.nullableLong(rs, "company_id"), rs.getString("company_name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("city"), rs.getString("country"), rs.getLong("owner_id"), ListQuery.nullableLong(rs, "team_id"),
                ListQuery.instant(vendor, rs, "created_at")), rs.getString("sort_name"));
    }

    private record Row(ContactSummary contact, String sortName) {
    }
}
