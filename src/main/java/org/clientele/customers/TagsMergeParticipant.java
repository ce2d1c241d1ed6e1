package org.clientele.customers;

import org.springframework.stereotype.Component;

/** A merged company's or contact's tags go to the survivor, and a merged contact's static segment memberships. */
@Component
class TagsMergeParticipant implements MergeParticipant {

    private final TagManagement tags;
    private final SegmentManagement segments;

    TagsMergeParticipant(TagManagement tags, SegmentManagement segments) {
        this.tags = tags;
        this.segments = segments;
    }

    @Override
    public void moveAll(String type, long mergedId, long survivorId) {
        if (TimelineSubject.COMPANY.equals(type)) {
            tags.moveAll(TaggedType.COMPANY, mergedId, survivorId);
        }
        else if (TimelineSubject.CONTACT.equals(type)) {
            tags.moveAll(TaggedType.CONTACT, mergedId, survivorId);
            segments.moveAll(mergedId, survivorId);
        }
    }
}
