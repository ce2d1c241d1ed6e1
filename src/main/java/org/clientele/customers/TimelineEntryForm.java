package org.clientele.customers;

import java.time.Instant;

/**
 * What a user writes on a timeline: a note (body), a logged call (direction, status as the
 * outcome, duration, time, body) or a meeting (title, start, duration, location, attendees as
 * recipients, body). {@link TimelineManagement} checks which fields the kind takes.
 *
 * @param occurredAt when it happened; {@code null} means now for notes and calls
 * @param body HTML, sanitised before it is kept
 * @param status for calls, one of {@link TimelineManagement#CALL_OUTCOMES}
 * @param durationMinutes 0 to 1440
 * @param recipients for meetings, the attendees as free text
 */
public record TimelineEntryForm(Instant occurredAt, String title, String body, EntryDirection direction, String status,
        Integer durationMinutes, String location, String recipients) {

    public static TimelineEntryForm empty() {
        return new TimelineEntryForm(null, null, null, null, null, null, null, null);
    }

    public static TimelineEntryForm note(String body) {
        return new TimelineEntryForm(null, null, body, null, null, null, null, null);
    }
}
