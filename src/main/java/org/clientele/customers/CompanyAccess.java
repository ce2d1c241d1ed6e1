package org.clientele.customers;

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
        rows.checkVisible(RecordRows.Table.COMPANIES, id);
    }

    @Override
    public boolean exists(long id) {
        return companies.existsById(id);
    }
}
