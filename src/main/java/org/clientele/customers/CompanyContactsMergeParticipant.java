package org.clientele.customers;

import org.springframework.stereotype.Component;

/** The people who work at a merged company work at the survivor, whoever may see them. */
@Component
class CompanyContactsMergeParticipant implements MergeParticipant {

    private final Contacts contacts;

    CompanyContactsMergeParticipant(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public void moveAll(String type, long mergedId, long survivorId) {
        if (TimelineSubject.COMPANY.equals(type)) {
            contacts.findByCompanyId(mergedId).forEach(contact -> contact.movedToCompany(survivorId));
        }
    }
}
