package org.clientele.customers;

import java.util.List;
import java.util.Locale;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the companies and contacts a lead may already be: companies by name (the indexed sort
 * name) or web domain (indexed), contacts by e-mail address (indexed); only those the viewer may see.
 */
@Component
class LeadMatches {

    static final int LIMIT = 10;
    private static final RecordColumns COMPANY_COLUMNS = RecordColumns.of("c.owner_id", "c.team_id")
            .coOwnedIn("company_co_owners", "company_id", "user_id", "c.id");

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    LeadMatches(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    ConversionCandidates of(Viewer viewer, LeadView lead) {
        return new ConversionCandidates(companies(viewer, lead), contacts(viewer, lead));
    }

    private List<ConversionCandidates.Candidate> companies(Viewer viewer, LeadView lead) {
        String name = lead.companyName() == null ? null : lead.companyName().strip().toLowerCase(Locale.ROOT);
        String domain = WebDomains.ofWebsite(lead.website());
        if (name == null && domain == null) {
            return List.of();
        }
        ListQuery query = new ListQuery(vendor, "select c.id, c.name, c.website, c.sort_name from companies c where 1 = 1")
                .and(RecordVisibility.predicate(viewer, COMPANY_COLUMNS, vendor));
        if (name != null && domain != null) {
            query.and("(c.sort_name = ? or c.web_domain = ?)", name, domain);
        }
        else if (name != null) {
            query.and("c.sort_name = ?", name);
        }
        else {
            query.and("c.web_domain = ?", domain);
        }
        query.page(new PageRequest(LIMIT, "name", null), "c.sort_name", "c.id", false);
        return query.list(jdbc, (rs, n) -> new ConversionCandidates.Candidate(rs.getLong("id"), rs.getString("name"),
                rs.getString("website"))).stream().limit(LIMIT).toList();
    }

    private List<ConversionCandidates.Candidate> contacts(Viewer viewer, LeadView lead) {
        if (lead.email() == null) {
            return List.of();
        }
        ListQuery query = new ListQuery(vendor, "select c.id, c.first_name, c.last_name, c.sort_name, co.name as company_name "
                + "from contacts c left join companies co on co.id = c.company_id where 1 = 1")
                .and(RecordVisibility.predicate(viewer, ContactList.COLUMNS, vendor))
                .and("c.email = ?", lead.email());
        query.page(new PageRequest(LIMIT, "name", null), "c.sort_name", "c.id", false);
        return query.list(jdbc, (rs, n) -> new ConversionCandidates.Candidate(rs.getLong("id"),
                ((rs.getString("first_name") == null ? "" : rs.getString("first_name")) + " "
                        + (rs.getString("last_name") == null ? "" : rs.getString("last_name"))).strip(),
                rs.getString("company_name"))).stream().limit(LIMIT).toList();
    }
}
