package org.clientele.customers;

import org.springframework.stereotype.Component;

/** A merged record's timeline entries go to the survivor's timeline (each move audited). */
@Component
class TimelineMergeParticipant implements MergeParticipant {

    private final TimelineEntries entries;

    TimelineMergeParticipant(TimelineEntries entries) {
        this.entries = entries;
    }

    @Override
    public void moveAll(String type, long mergedId, long survivorId) {
        entries.findBySubjectTypeAndSubjectId(type, mergedId).forEach(entry -> entry.moveTo(new TimelineSubject(type, survivorId)));
    }
}
