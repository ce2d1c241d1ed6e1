package org.clientele.customers;

import java.util.List;

import org.clientele.identity.RecordVisibility;
import org.clientele.platform.SearchHit;
import org.clientele.platform.SearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Contacts in the global search: by name, main e-mail address or main phone number; the company they work at tells them apart. */
@Component
class ContactSearchSource implements SearchSource {

    /**
     * The name expression PostgreSQL's trigram index {@code contacts_search_name_idx} is built on: "last first" in lower
     * case. The company's name is read by a subquery, which PostgreSQL runs only for the rows left after the limit.
     */
    static final RecordSearch.Searched SEARCHED = new RecordSearch.Searched("contacts", "",
            "c.id, c.first_name, c.last_name, c.email, (select co.name from companies co where co.id = c.company_id) as company_name",
            "c.sort_name", SearchWords.CONTACT, ContactList.COLUMNS);

    private final RecordSearch search;
    private final RecordVisibility visibility;

    ContactSearchSource(RecordSearch search, RecordVisibility visibility) {
        this.search = search;
        this.visibility = visibility;
    }

    @Override
    public String type() {
        return "contact";
    }

    @Override
    public String titleKey() {
        return "search.group.contacts";
    }

    @Override
    public String icon() {
        return "person-lines-fill";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public String authority() {
        return "customers:read";
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        return search.search(SEARCHED, visibility.viewer(), query, limit, (rs, n) -> new SearchHit(Long.toString(rs.getLong("id")),
                name(rs.getString("first_name"), rs.getString("last_name")),
                RecordSearch.firstOf(rs.getString("company_name"), rs.getString("email")), "/contacts/" + rs.getLong("id")));
    }

    private static String name(String firstName, String lastName) {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
