package org.clientele.customers;

import org.springframework.stereotype.Component;

/** Leads converted into a merged company or contact point to the survivor, so their history shows there. */
@Component
class ConvertedLeadsMergeParticipant implements MergeParticipant {

    private final Leads leads;

    ConvertedLeadsMergeParticipant(Leads leads) {
        this.leads = leads;
    }

    @Override
    public void moveAll(String type, long mergedId, long survivorId) {
        if (TimelineSubject.COMPANY.equals(type)) {
            leads.findByConvertedCompanyId(mergedId).forEach(lead -> lead.convertedCompanyMerged(survivorId));
        }
        else if (TimelineSubject.CONTACT.equals(type)) {
            leads.findByConvertedContactId(mergedId).forEach(lead -> lead.convertedContactMerged(survivorId));
        }
    }
}
