package org.clientele.customers;

import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/** Companies as timeline subjects: visible as the company itself is. */
@Component
class CompanyAccess implements SubjectAccess {

    private final Companies companies;
    private final RecordRows rows;

    CompanyAccess(Companies companies, RecordRows rows) {
        this.companies = companies;
        this.rows = rows;
    }

    @Override
    public String type() {
        return TimelineSubject.COMPANY;
    }

    @Override
    public void checkVisible(long id) {
        if (!rows.visible(RecordRows.Table.COMPANIES, id)) {
            throw new RecordNotFoundException(CompanyManagement.RECORD_TYPE, id);
        }
    }

    @Override
    public boolean exists(long id) {
        return companies.existsById(id);
    }
}
