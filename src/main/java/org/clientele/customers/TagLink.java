package org.clientele.customers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A tag put on a company, contact or lead; its own audited row, so that the trail shows who tagged what and when. */
@Entity
@Table(name = "tag_links")
@Audited
class TagLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long tagId;

    @Enumerated(EnumType.STRING)
    private TaggedType subjectType;

    private long subjectId;

    @NotAudited
    private Instant createdAt;

    protected TagLink() {
    }

    TagLink(long tagId, TaggedType subjectType, long subjectId) {
        this.tagId = tagId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.createdAt = Instant.now();
    }

    /** The SQL condition "the record in {@code idColumn} carries the tag given as the one ? parameter". */
    static String tagged(TaggedType type, String idColumn) {
        return "exists (select 1 from tag_links tl where tl.tag_id = ? and tl.subject_type = '" + type.name()
                + "' and tl.subject_id = " + idColumn + ")";
    }

    long getTagId() {
        return tagId;
    }

    long getSubjectId() {
        return subjectId;
    }
}
