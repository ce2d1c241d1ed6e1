package org.clientele.customers;

import java.util.List;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user may see one company, contact or lead, from its row: one statement on
 * the primary keys of the record and of its co-owners, where loading the entity would read the
 * record and then all its co-owners, for a timeline that needs nothing else of it. The decision
 * stays {@link Viewer#canSee}'s.
 */
@Component
class RecordRows {

    /** A customer table with its co-owners' table, as named in the migrations. */
    enum Table {
        COMPANIES(CompanyManagement.RECORD_TYPE, "companies", "company_co_owners", "company_id"),
        CONTACTS(ContactManagement.RECORD_TYPE, "contacts", "contact_co_owners", "contact_id"),
        LEADS(LeadManagement.RECORD_TYPE, "leads", "lead_co_owners", "lead_id");

        private final String recordType;
        private final String sql;

        Table(String recordType, String table, String coOwners, String recordColumn) {
            this.recordType = recordType;
            this.sql = "select r.owner_id, r.team_id, exists (select 1 from " + coOwners + " o where o." + recordColumn
                    + " = r.id and o.user_id = ?) as co_owner from " + table + " r where r.id = ?";
        }
    }

    private final JdbcClient jdbc;
    private final RecordVisibility visibility;

    RecordRows(JdbcClient jdbc, RecordVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    /** Whether the record exists and the signed-in user may see it. */
    boolean visible(Table table, long id) {
        Viewer viewer = visibility.viewer();
        return jdbc.sql(table.sql).param(viewer.userId()).param(id)
                .query((rs, n) -> viewer.canSee(rs.getLong("owner_id"), ListQuery.nullableLong(rs, "team_id"),
                        rs.getBoolean("co_owner") ? List.of(viewer.userId()) : List.of()))
                .optional().orElse(false);
    }

    /** @throws RecordNotFoundException unless the record exists and the signed-in user may see it */
    void checkVisible(Table table, long id) {
        if (!visible(table, id)) {
            throw new RecordNotFoundException(table.recordType, id);
        }
    }
}
