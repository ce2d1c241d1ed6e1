package org.clientele.customers;

import org.clientele.identity.RecordVisibility;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Leads as timeline subjects: visible as the lead itself is. */
@Component
class LeadAccess implements SubjectAccess {

    private final Leads leads;
    private final RecordVisibility visibility;

    LeadAccess(Leads leads, RecordVisibility visibility) {
        this.leads = leads;
        this.visibility = visibility;
    }

    @Override
    public String type() {
        return TimelineSubject.LEAD;
    }

    @Override
    public void checkVisible(long id) {
        Lead lead = leads.findById(id).orElseThrow(() -> new RecordNotFoundException(LeadManagement.RECORD_TYPE, id));
        visibility.check(LeadManagement.RECORD_TYPE, id, lead.getOwnerId(), lead.getTeamId(), lead.getCoOwnerIds());
    }

    @Override
    public boolean exists(long id) {
        return leads.existsById(id);
    }
}
