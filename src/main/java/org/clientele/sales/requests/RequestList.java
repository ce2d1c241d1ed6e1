package org.clientele.sales.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
 * Reads the inbox with {@code JdbcClient}: only the requests the viewer may see, filtered, page by
 * page by keyset on {@code (received_at, id)} or {@code (sort_name, id)}.
 */
@Component
class RequestList {

    static final String DEFAULT_SORT = "-receivedAt";
    static final List<String> SORTS = List.of("-receivedAt", "receivedAt", "name", "-name");
    static final RecordColumns COLUMNS = RecordColumns.of("r.owner_id", "r.team_id");

    private static final String SELECT = "select r.id, r.ticket, r.received_at, r.source, r.status, r.first_name, r.last_name, "
            + "r.sort_name, r.company_name, r.email, r.subject, r.lead_source_id, s.name as source_name, r.duplicate, r.support_case, "
            + "r.pending, r.contact_id, r.company_id, r.lead_id, r.match_verified, r.owner_id, r.team_id "
            + "from requests r left join lead_sources s on s.id = r.lead_source_id where ";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    RequestList(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    CursorPage<RequestSummary> list(Viewer viewer, RequestFilter filter, PageRequest page) {
        if (!SORTS.contains(page.sort())) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", SORTS));
        }
        boolean byTime = page.sortField().equals("receivedAt");
        String key = byTime ? "r.received_at" : "r.sort_name";
        SqlPredicate visible = RecordVisibility.predicate(viewer, COLUMNS, vendor);
        StringBuilder sql = new StringBuilder(SELECT).append(visible.sql());
        List<Object> parameters = new ArrayList<>(visible.parameters());
        where(filter, sql, parameters);
        String direction = page.descending() ? "<" : ">";
        if (page.after() != null) {
            String last = page.after().values().get(0);
            Object value = byTime ? time(Instant.parse(last)) : last;
            sql.append(" and (").append(key).append(' ').append(direction).append(" ? or (").append(key)
                    .append(" = ? and r.id ").append(direction).append(" ?))");
            parameters.addAll(List.of(value, value, Long.parseLong(page.after().values().get(1))));
        }
        String order = page.descending() ? " desc" : "";
        sql.append(" order by ").append(key).append(order).append(", r.id").append(order).append(" limit ?");
        parameters.add(page.rowsToRead());
        List<Row> rows = jdbc.sql(sql.toString()).params(parameters).query(this::row).list();
        return CursorPage.from(rows, page, row -> Cursor.of(page.sort(),
                byTime ? row.request().receivedAt().toString() : row.sortName(), Long.toString(row.request().id())))
                .map(Row::request);
    }

    /** A ticket code exactly; else every word in the name, or the text in the e-mail address or company name. */
    private static void where(RequestFilter filter, StringBuilder sql, List<Object> parameters) {
        if (filter.q() != null && !filter.q().isBlank()) {
            String q = filter.q().strip().toLowerCase(Locale.ROOT);
            if (Tickets.looksLikeTicket(q)) {
                sql.append(" and r.ticket = ?");
                parameters.add(q.toUpperCase(Locale.ROOT));
            }
            else {
                List<String> words = Arrays.stream(q.split("\\s+")).limit(5).toList();
                sql.append(" and ((").append(String.join(" and ", words.stream().map(word -> "r.sort_name like ?").toList()))
                        .append(") or r.email like ? or lower(r.company_name) like ?)");
                words.forEach(word -> parameters.add(like(word)));
                parameters.add(like(q));
                parameters.add(like(q));
            }
        }
        if (filter.status() != null) {
            sql.append(" and r.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.source() != null) {
            sql.append(" and r.source = ?");
            parameters.add(filter.source().name());
        }
        if (filter.ownerId() != null) {
            sql.append(" and r.owner_id = ?");
            parameters.add(filter.ownerId());
        }
        if (filter.flag() != null) {
            sql.append(switch (filter.flag()) {
                case "duplicate" -> " and r.duplicate = true";
                case "case" -> " and r.support_case = true";
                default -> " and r.pending = true";
            });
        }
        if (filter.unverified()) {
            sql.append(" and r.match_verified = false and (r.contact_id is not null or r.company_id is not null or r.lead_id is not null)");
        }
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Object time(Instant instant) {
        return vendor == DatabaseVendor.POSTGRESQL ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private Instant instant(ResultSet rs, String column) throws SQLException {
        if (vendor == DatabaseVendor.POSTGRESQL) {
            return rs.getObject(column, OffsetDateTime.class).toInstant();
        }
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        long sourceId = rs.getLong("lead_source_id");
        Long leadSourceId = rs.wasNull() ? null : sourceId;
        long team = rs.getLong("team_id");
        Long teamId = rs.wasNull() ? null : team;
        boolean matched = rs.getObject("contact_id") != null || rs.getObject("company_id") != null || rs.getObject("lead_id") != null;
        return new Row(new RequestSummary(rs.getLong("id"), rs.getString("ticket"), instant(rs, "received_at"),
                RequestSource.valueOf(rs.getString("source")), RequestStatus.valueOf(rs.getString("status")), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("company_name"), rs.getString("email"), rs.getString("subject"), leadSourceId,
                rs.getString("source_name"), rs.getBoolean("duplicate"), rs.getBoolean("support_case"), rs.getBoolean("pending"),
                matched, rs.getBoolean("match_verified"), rs.getLong("owner_id"), teamId), rs.getString("sort_name"));
    }

    private record Row(RequestSummary request, String sortName) {
    }
}
