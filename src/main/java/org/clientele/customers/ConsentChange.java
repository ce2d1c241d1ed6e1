package org.clientele.customers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a contact's consent, kept for good: the proof of who agreed to what, when and where. */
@Entity
@Table(name = "contact_consent_events")
class ConsentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long contactId;

    private Instant occurredAt;

    private Long userId;

    /** A {@link ConsentChangeKind} by name. */
    @Column(name = "change_kind")
    private String kind;

    /** A {@link ConsentSource} by name. */
    private String source;

    private String newValue;

    private String detail;

    protected ConsentChange() {
    }

    ConsentChange(long contactId, Instant occurredAt, Long userId, ConsentChangeKind kind, ConsentSource source, String newValue,
            String detail) {
        this.contactId = contactId;
        this.occurredAt = occurredAt;
        this.userId = userId;
        this.kind = kind.name();
        this.source = source.name();
        this.newValue = newValue;
        this.detail = detail;
    }

    ConsentEvent toEvent() {
        return new ConsentEvent(id, occurredAt, userId, ConsentChangeKind.valueOf(kind), ConsentSource.valueOf(source), newValue, detail);
    }
}
