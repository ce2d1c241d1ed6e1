package org.clientele.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SegmentMembers extends JpaRepository<SegmentMember, Long> {

    List<SegmentMember> findBySegmentId(long segmentId);

    List<SegmentMember> findByContactId(long contactId);

    Optional<SegmentMember> findBySegmentIdAndContactId(long segmentId, long contactId);

    /** Takes a contact that is being deleted out of every segment, one audited row at a time. */
    default void removeContact(long contactId) {
        deleteAll(findByContactId(contactId));
    }
}
