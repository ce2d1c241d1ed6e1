package org.clientele.customers;

import java.util.List;
import java.util.Objects;

import org.clientele.identity.RecordColumns;
import org.clientele.identity.RecordVisibility;
import org.clientele.platform.SearchHit;
import org.clientele.platform.SearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Leads in the global search: by the person's name or their company's, e-mail address or phone number. */
@Component
class LeadSearchSource implements SearchSource {

    /** The name expression PostgreSQL's trigram index {@code leads_search_name_idx} is built on. */
    static final RecordSearch.Searched SEARCHED = new RecordSearch.Searched("leads", "",
            "c.id, c.first_name, c.last_name, c.company_name, c.email", "(c.sort_name || ' ' || lower(coalesce(c.company_name, '')))",
            SearchWords.LEAD, RecordColumns.of("c.owner_id", "c.team_id").coOwnedIn("lead_co_owners", "lead_id", "user_id", "c.id"));

    private final RecordSearch search;
    private final RecordVisibility visibility;

    LeadSearchSource(RecordSearch search, RecordVisibility visibility) {
        this.search = search;
        this.visibility = visibility;
    }

    @Override
    public String type() {
        return "lead";
    }

    @Override
    public String titleKey() {
        return "search.group.leads";
    }

    @Override
    public String icon() {
        return "person-plus";
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public String authority() {
        return "customers:read";
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        return search.search(SEARCHED, visibility.viewer(), query, limit, (rs, n) -> {
            String person = (Objects.toString(rs.getString("first_name"), "") + " " + Objects.toString(rs.getString("last_name"), "")).strip();
            String company = rs.getString("company_name");
            return new SearchHit(Long.toString(rs.getLong("id")), person.isEmpty() ? company : person,
                    RecordSearch.firstOf(person.isEmpty() ? null : company, rs.getString("email")), "/leads/" + rs.getLong("id"));
        });
    }
}
