package org.clientele.customers;

/**
 * One kind of link that follows a company or contact when it is merged into another: timeline
 * entries, a company's contacts, leads converted into it, and whatever a feature of this module
 * links to customers (tags, segment memberships) by adding one bean of this type. The merge calls
 * every participant in its transaction, before the merged record is deleted; a participant that
 * fails undoes the whole merge. Other modules move their links on {@link CompaniesMerged} and
 * {@link ContactsMerged} instead.
 */
public interface MergeParticipant {

    /**
     * Moves every link of the given kind from the merged record to the survivor.
     *
     * @param type {@link TimelineSubject#COMPANY} or {@link TimelineSubject#CONTACT}
     */
    void moveAll(String type, long mergedId, long survivorId);
}
