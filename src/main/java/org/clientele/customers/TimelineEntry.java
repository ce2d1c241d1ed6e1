package org.clientele.customers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One entry on the timeline of a customer record. The subject is named by type and id, not by a
 * relation, so that contacts, leads and whatever comes later share one table.
 */
@Entity
@Table(name = "timeline_entries")
@Audited
class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String subjectType;

    private long subjectId;

    private String kind;

    private Instant occurredAt;

    private Long authorId;

    private String sender;

    @Column(length = 2000)
    private String recipients;

    private String channel;

    private String status;

    @Enumerated(EnumType.STRING)
    private EntryDirection direction;

    private String title;

    @Column(length = RichText.MAX_LENGTH)
    private String body;

    private Integer durationMinutes;

    private String location;

    private String sourceModule;

    private String sourceReference;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected TimelineEntry() {
    }

    /** @param draft checked and sanitised */
    TimelineEntry(TimelineEntryDraft draft) {
        this.subjectType = draft.subject().type();
        this.subjectId = draft.subject().id();
        this.kind = draft.kind();
        this.authorId = draft.authorId();
        this.sender = draft.sender();
        this.channel = draft.channel();
        this.sourceModule = draft.sourceModule();
        this.sourceReference = draft.sourceReference();
        this.createdAt = Instant.now();
        apply(draft.occurredAt(), draft.title(), draft.body(), draft.direction(), draft.status(), draft.durationMinutes(),
                draft.location(), draft.recipients());
    }

    /** Takes over what a user may change of an entry they wrote; the form has been checked and sanitised. */
    void apply(TimelineEntryForm form) {
        apply(form.occurredAt(), form.title(), form.body(), form.direction(), form.status(), form.durationMinutes(), form.location(),
                form.recipients());
    }

    private void apply(Instant occurredAt, String title, String body, EntryDirection direction, String status,
            Integer durationMinutes, String location, String recipients) {
        this.occurredAt = occurredAt;
        this.title = title;
        this.body = body;
        this.direction = direction;
        this.status = status;
        this.durationMinutes = durationMinutes;
        this.location = location;
        this.recipients = recipients;
        this.updatedAt = Instant.now();
    }

    TimelineEntryView toView(String icon, String authorName) {
        return new TimelineEntryView(id, version, subject(), kind, icon, occurredAt, authorId, authorName, sender, recipients, channel,
                status, direction, title, body, durationMinutes, location, sourceModule, sourceReference, createdAt, updatedAt);
    }

    /** Its record was merged into another: the entry moves to the survivor's timeline. */
    void moveTo(TimelineSubject survivor) {
        this.subjectType = survivor.type();
        this.subjectId = survivor.id();
    }

    TimelineSubject subject() {
        return new TimelineSubject(subjectType, subjectId);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getKind() {
        return kind;
    }

    Long getAuthorId() {
        return authorId;
    }

    boolean isWritten() {
        return sourceModule == null;
    }
}
