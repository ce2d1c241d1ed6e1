package org.clientele.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.Cursor;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one subject's timeline with {@code JdbcClient}, newest first, page by page by keyset on
 * {@code (occurred_at, id)}, on the index that starts with the subject (and the kind, when one
 * kind is asked for). Visibility is the subject's and is checked before.
 */
@Component
class TimelineList {

    static final String SORT = "-occurredAt";

    private static final String SELECT = "select e.id, e.version, e.subject_type, e.subject_id, e.kind, e.occurred_at, e.author_id, "
            + "e.sender, e.recipients, e.channel, e.status, e.direction, e.title, e.body, e.duration_minutes, e.location, "
            + "e.source_module, e.source_reference, e.created_at, e.updated_at from timeline_entries e where 1 = 1";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    TimelineList(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /**
     * @param kinds the kinds to show, all if empty
     * @param leadIds leads converted into the subject, whose entries are shown with its own
     */
    CursorPage<Row> list(TimelineSubject subject, Collection<Long> leadIds, Collection<String> kinds, PageRequest page) {
        ListQuery query = new ListQuery(vendor, SELECT);
        if (leadIds.isEmpty()) {
            query.and("e.subject_type = ?", subject.type()).and("e.subject_id = ?", subject.id());
        }
        else {
            List<Object> values = new java.util.ArrayList<>(List.of(subject.type(), subject.id(), TimelineSubject.LEAD));
            values.addAll(leadIds);
            query.and("((e.subject_type = ? and e.subject_id = ?) or (e.subject_type = ? and e.subject_id in ("
                    + String.join(", ", leadIds.stream().map(id -> "?").toList()) + ")))", values.toArray());
        }
        if (kinds.size() == 1) {
            query.and("e.kind = ?", kinds.iterator().next());
        }
        else if (!kinds.isEmpty()) {
            query.and("e.kind in (" + String.join(", ", kinds.stream().map(kind -> "?").toList()) + ")", kinds.toArray());
        }
        query.page(page, "e.occurred_at", "e.id", true);
        List<Row> rows = query.list(jdbc, this::row);
        return CursorPage.from(rows, page, row -> Cursor.of(SORT, row.occurredAt().toString(), Long.toString(row.id())));
    }

    /**
     * The leads converted into a company or contact: their history stays with what they became, so
     * the record's timeline shows their entries too (they stay on the lead as well).
     */
    List<Long> convertedLeads(TimelineSubject subject) {
        String column = switch (subject.type()) {
            case TimelineSubject.COMPANY -> "converted_company_id";
            case TimelineSubject.CONTACT -> "converted_contact_id";
            default -> null;
        };
        return column == null ? List.of()
                : jdbc.sql("select id from leads where " + column + " = ?").param(subject.id()).query(Long.class).list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        int duration = rs.getInt("duration_minutes");
        Integer minutes = rs.wasNull() ? null : duration;
        String directionName = rs.getString("direction");
        return new Row(rs.getLong("id"), rs.getLong("version"), new TimelineSubject(rs.getString("subject_type"), rs.getLong("subject_id")),
                rs.getString("kind"), ListQuery.instant(vendor, rs, "occurred_at"), ListQuery.nullableLong(rs, "author_id"),
                rs.getString("sender"), rs.getString("recipients"), rs.getString("channel"), rs.getString("status"),
                directionName == null ? null : EntryDirection.valueOf(directionName), rs.getString("title"), rs.getString("body"),
                minutes, rs.getString("location"), rs.getString("source_module"), rs.getString("source_reference"),
                ListQuery.instant(vendor, rs, "created_at"), ListQuery.instant(vendor, rs, "updated_at"));
    }

    /** One entry as read, before the author's name and the kind's icon are added. */
    record Row(long id, long version, TimelineSubject subject, String kind, java.time.Instant occurredAt, Long authorId, String sender,
            String recipients, String channel, String status, EntryDirection direction, String title, String body,
            Integer durationMinutes, String location, String sourceModule, String sourceReference, java.time.Instant createdAt,
            java.time.Instant updatedAt) {

        TimelineEntryView toView(String icon, String authorName) {
            return new TimelineEntryView(id, version, subject, kind, icon, occurredAt, authorId, authorName, sender, recipients, channel,
                    status, direction, title, body, durationMinutes, location, sourceModule, sourceReference, createdAt, updatedAt);
        }
    }
}
