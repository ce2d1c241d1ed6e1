package org.clientele.customers;

import org.clientele.identity.RecordVisibility;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Companies as timeline subjects: visible as the company itself is. */
@Component
class CompanyAccess implements SubjectAccess {

    private final Companies companies;
    private final RecordVisibility visibility;

    CompanyAccess(Companies companies, RecordVisibility visibility) {
        this.companies = companies;
        this.visibility = visibility;
    }

    @Override
    public String type() {
        return TimelineSubject.COMPANY;
    }

    @Override
    public void checkVisible(long id) {
        Company company = companies.findById(id).orElseThrow(() -> new RecordNotFoundException(CompanyManagement.RECORD_TYPE, id));
        visibility.check(CompanyManagement.RECORD_TYPE, id, company.getOwnerId(), company.getTeamId(), company.getCoOwnerIds());
    }

    @Override
    public boolean exists(long id) {
        return companies.existsById(id);
    }
}
