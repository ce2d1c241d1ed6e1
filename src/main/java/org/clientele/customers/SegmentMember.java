package org.clientele.customers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A contact listed in a static segment; audited, so the trail shows who added or removed whom. */
@Entity
@Table(name = "segment_members")
@Audited
class SegmentMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long segmentId;

    private long contactId;

    @NotAudited
    private Instant createdAt;

    protected SegmentMember() {
    }

    SegmentMember(long segmentId, long contactId) {
        this.segmentId = segmentId;
        this.contactId = contactId;
        this.createdAt = Instant.now();
    }

    long getSegmentId() {
        return segmentId;
    }

    long getContactId() {
        return contactId;
    }
}
