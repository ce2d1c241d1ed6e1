package org.clientele.customers;

import org.springframework.stereotype.Component;

/** Leads as timeline subjects: visible as the lead itself is. */
@Component
class LeadAccess implements SubjectAccess {

    private final Leads leads;
    private final RecordRows rows;

    LeadAccess(Leads leads, RecordRows rows) {
        this.leads = leads;
        this.rows = rows;
    }

    @Override
    public String type() {
        return TimelineSubject.LEAD;
    }

    @Override
    public void checkVisible(long id) {
        rows.checkVisible(RecordRows.Table.LEADS, id);
    }

    @Override
    public boolean exists(long id) {
        return leads.existsById(id);
    }
}
