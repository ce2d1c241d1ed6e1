package org.clientele.platform.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed set of audited changes: who made it, when, from which address, in which request. */
@Entity
@Table(name = "audit_revisions")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    private Long userId;

    private String userEmail;

    private String clientIp;

    private String requestId;

    void recordActor(Long userId, String userEmail) {
        this.userId = userId;
        this.userEmail = userEmail;
    }

    void recordOrigin(String clientIp, String requestId) {
        this.clientIp = clientIp;
        this.requestId = requestId;
    }

    Long getId() {
        return id;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
