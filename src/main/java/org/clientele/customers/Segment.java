package org.clientele.customers;

import java.time.Instant;
import java.util.Locale;

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

/** A named group of contacts: listed members, or a saved filter of the contact list. */
@Entity
@Table(name = "segments")
@Audited
class Segment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @NotAudited
    private long version;

    private String name;

    @NotAudited
    private String nameKey;

    @Enumerated(EnumType.STRING)
    private SegmentKind kind;

    @Column(name = "filter_q")
    private String filterQ;

    private Long filterOwnerId;

    private Long filterTeamId;

    private String filterCountry;

    private Long filterCompanyId;

    private Long filterTagId;

    @NotAudited
    private long createdBy;

    @NotAudited
    private Instant createdAt;

    protected Segment() {
    }

    Segment(String name, SegmentKind kind, ContactFilter filter, long createdBy) {
        this.name = name;
        this.nameKey = key(name);
        this.kind = kind;
        if (kind == SegmentKind.DYNAMIC) {
            this.filterQ = filter.q() == null || filter.q().isBlank() ? null : filter.q().strip();
            this.filterOwnerId = filter.ownerId();
            this.filterTeamId = filter.teamId();
            this.filterCountry = filter.country();
            this.filterCompanyId = filter.companyId();
            this.filterTagId = filter.tagId();
        }
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    Long getId() {
        return id;
    }

    SegmentKind getKind() {
        return kind;
    }

    SegmentView toView() {
        return new SegmentView(id, name, kind, new ContactFilter(filterQ, filterOwnerId, filterTeamId, filterCountry, filterCompanyId,
                null, filterTagId), createdBy, createdAt);
    }
}
