package org.clientele.customers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TagLinks extends JpaRepository<TagLink, Long> {

    List<TagLink> findBySubjectTypeAndSubjectId(TaggedType subjectType, long subjectId);

    List<TagLink> findByTagId(long tagId);

    boolean existsByTagIdAndSubjectTypeAndSubjectId(long tagId, TaggedType subjectType, long subjectId);

    /** Removes every tag of a record that is being deleted, one audited row at a time. */
    default void removeAllOf(TaggedType subjectType, long subjectId) {
        deleteAll(findBySubjectTypeAndSubjectId(subjectType, subjectId));
    }
}
