package org.clientele.sales.deals;

import org.clientele.customers.MergeParticipant;
import org.clientele.customers.TimelineSubject;
import org.springframework.stereotype.Component;

/**
 * The deals of a merged company or contact follow it to the survivor, in the merge's
 * transaction: afterwards the merged record is deleted and its deals' links would be cleared.
 */
@Component
class DealsMergeParticipant implements MergeParticipant {

    private final Deals deals;

    DealsMergeParticipant(Deals deals) {
        this.deals = deals;
    }

    @Override
    public void moveAll(String type, long mergedId, long survivorId) {
        if (TimelineSubject.COMPANY.equals(type)) {
            deals.findByCompanyId(mergedId).forEach(deal -> deal.companyMerged(survivorId));
        }
        else if (TimelineSubject.CONTACT.equals(type)) {
            deals.findByContactId(mergedId).forEach(deal -> deal.contactMerged(survivorId));
        }
    }
}
