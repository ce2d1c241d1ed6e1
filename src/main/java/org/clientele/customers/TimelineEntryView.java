package org.clientele.customers;

import java.time.Instant;

/**
 * A timeline entry as the timeline and the API show it.
 *
 * @param authorName the author's full name, {@code null} for entries the system recorded
 * @param body sanitised HTML
 * @param sourceModule the module that recorded it, {@code null} for what a user wrote
 */
public record TimelineEntryView(long id, long version, TimelineSubject subject, String kind, String icon, Instant occurredAt,
        Long authorId, String authorName, String sender, String recipients, String channel, String status,
        EntryDirection direction, String title, String body, Integer durationMinutes, String location, String sourceModule,
        String sourceReference, Instant createdAt, Instant updatedAt) {

    /** Whether people wrote it (and may change it), rather than a module recording it. */
    public boolean written() {
        return sourceModule == null;
    }

    public String kindLabelKey() {
        return new TimelineKind(kind, icon).labelKey();
    }

    /** The entry as a form, to be changed and saved again. */
    public TimelineEntryForm toForm() {
        return new TimelineEntryForm(occurredAt, title, body, direction, status, durationMinutes, location, recipients);
    }
}
