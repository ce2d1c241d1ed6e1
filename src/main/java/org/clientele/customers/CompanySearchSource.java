package org.clientele.customers;

import java.util.List;

import org.clientele.identity.RecordVisibility;
import org.clientele.platform.SearchHit;
import org.clientele.platform.SearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Companies in the global search: by name or alternative name, main e-mail address or main phone number. */
@Component
class CompanySearchSource implements SearchSource {

    /** The name expression PostgreSQL's trigram index {@code companies_search_name_idx} is built on. */
    static final RecordSearch.Searched SEARCHED = new RecordSearch.Searched("companies", "",
            "c.id, c.name, c.email, c.city", "(c.sort_name || ' ' || lower(coalesce(c.alternative_names, '')))",
            SearchWords.COMPANY, CompanyList.COLUMNS);

    private final RecordSearch search;
    private final RecordVisibility visibility;

    CompanySearchSource(RecordSearch search, RecordVisibility visibility) {
        this.search = search;
        this.visibility = visibility;
    }

    @Override
    public String type() {
        return "company";
    }

    @Override
    public String titleKey() {
        return "search.group.companies";
    }

    @Override
    public String icon() {
        return "buildings";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String authority() {
        return "customers:read";
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        return search.search(SEARCHED, visibility.viewer(), query, limit, (rs, n) -> new SearchHit(Long.toString(rs.getLong("id")),
                rs.getString("name"), RecordSearch.firstOf(rs.getString("email"), rs.getString("city")), "/companies/" + rs.getLong("id")));
    }
}
