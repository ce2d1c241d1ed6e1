package org.clientele.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads from the audit trail which companies a contact worked at before, and until when. */
@Component
class ContactHistory {

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    ContactHistory(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /** The companies the contact was moved away from, the most recent first, with the time of each move. */
    List<Stint> formerCompanies(long contactId) {
        List<Revision> revisions = jdbc.sql("""
                        select a.company_id, r.recorded_at from contacts_aud a join audit_revisions r on r.id = a.rev
                        where a.id = ? order by a.rev""")
                .param(contactId)
                .query(this::revision)
                .list();
        List<Stint> former = new ArrayList<>();
        Long company = null;
        for (Revision revision : revisions) {
            if (company != null && !Objects.equals(company, revision.companyId())) {
                former.add(0, new Stint(company, revision.recordedAt()));
            }
            company = revision.companyId();
        }
        return former;
    }

    private Revision revision(ResultSet rs, int n) throws SQLException {
        return new Revision(ListQuery.nullableLong(rs, "company_id"), ListQuery.instant(vendor, rs, "recorded_at"));
    }

    private record Revision(Long companyId, Instant recordedAt) {
    }

    /** A company the contact left at the given time. */
    record Stint(long companyId, Instant until) {
    }
}
