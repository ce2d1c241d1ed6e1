package org.clientele.customers;

import java.time.Instant;
import java.util.Objects;

/**
 * What another module records on a customer's timeline through {@link Timeline#record}. Optional
 * text may be {@code null}; {@code body} is HTML and is sanitised like every note.
 *
 * @param kind a registered {@link TimelineKind} code, such as {@link TimelineKind#EMAIL}
 * @param authorId the user who acted, or {@code null} for what the system did
 * @param sender who sent it, as free text (an e-mail address, a name)
 * @param recipients who received it, as free text (addresses or names, one per line)
 * @param channel how it travelled, such as {@code email}, {@code phone}, {@code chat}
 * @param status where it stands, such as {@code SENT}, {@code DELIVERED}, {@code PAID}
 * @param sourceModule the recording module, such as {@code billing}
 * @param sourceReference what it records within that module, such as {@code invoice:42:paid}; with
 *        the module, unique: recording the same reference again returns the existing entry
 */
public record TimelineEntryDraft(TimelineSubject subject, String kind, Instant occurredAt, Long authorId, String sender,
        String recipients, String channel, String status, EntryDirection direction, String title, String body,
        Integer durationMinutes, String location, String sourceModule, String sourceReference) {

    public TimelineEntryDraft {
        Objects.requireNonNull(subject, "subject");
    }

    /** A draft with the essentials; add the rest with the record's other constructor. */
    public static TimelineEntryDraft of(TimelineSubject subject, String kind, Instant occurredAt, String title, String sourceModule,
            String sourceReference) {
        return new TimelineEntryDraft(subject, kind, occurredAt, null, null, null, null, null, null, title, null, null, null,
                sourceModule, sourceReference);
    }
}
