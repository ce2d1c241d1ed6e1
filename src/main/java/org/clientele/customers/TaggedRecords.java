package org.clientele.customers;

import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Whether the signed-in user may see a company, contact or lead, asked by its type: what tags and bulk actions check first. */
@Component
class TaggedRecords {

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final LeadManagement leads;

    TaggedRecords(CompanyManagement companies, ContactManagement contacts, LeadManagement leads) {
        this.companies = companies;
        this.contacts = contacts;
        this.leads = leads;
    }

    boolean visible(TaggedType type, long id) {
        return switch (type) {
            case COMPANY -> companies.isVisible(id);
            case CONTACT -> contacts.isVisible(id);
            case LEAD -> leads.find(id).isPresent();
        };
    }

    /** @throws RecordNotFoundException if there is no such record or the user may not see it */
    void checkVisible(TaggedType type, long id) {
        if (!visible(type, id)) {
            throw new RecordNotFoundException(switch (type) {
                case COMPANY -> "Company";
                case CONTACT -> ContactManagement.RECORD_TYPE;
                case LEAD -> "Lead";
            }, id);
        }
    }
}
