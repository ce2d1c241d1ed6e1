package org.clientele.sales.deals.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.customers.CompanyFilter;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamSummary;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserManagement;
import org.clientele.identity.UserSummary;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What deal pages offer to choose from and show by name: users, teams, and a few companies and
 * contacts the user may see (the chosen one, then the first matches of what was typed; never all).
 */
@Component
class DealPageOptions {

    static final int LIMIT = 20;

    private final UserDirectory users;
    private final UserManagement userManagement;
    private final TeamDirectory teams;
    private final CompanyManagement companies;
    private final ContactManagement contacts;

    DealPageOptions(UserDirectory users, UserManagement userManagement, TeamDirectory teams, CompanyManagement companies,
            ContactManagement contacts) {
        this.users = users;
        this.userManagement = userManagement;
        this.teams = teams;
        this.companies = companies;
        this.contacts = contacts;
    }

    /** Active users by name, and the given ones even if they left. */
    Map<Long, String> users(Collection<Long> current) {
        Map<Long, String> names = new LinkedHashMap<>();
        String cursor = null;
        do {
            CursorPage<UserSummary> page = users.list(PageRequest.of(PageRequest.MAX_LIMIT, "name", cursor, "name"), null, true);
            page.data().forEach(user -> names.put(user.id(), user.fullName()));
            cursor = page.next();
        }
        while (cursor != null);
        current.stream().filter(id -> id != null && !names.containsKey(id))
                .forEach(id -> userManagement.find(id).map(UserAccount::fullName).ifPresent(name -> names.put(id, name)));
        return names;
    }

    List<TeamSummary> teams() {
        return teams.tree();
    }

    Map<Long, String> teamNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        teams.tree().forEach(team -> names.put(team.id(), team.name()));
        return names;
    }

    Map<Long, String> companies(String search, Long chosen) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (chosen != null) {
            companies.find(chosen).ifPresent(company -> options.put(company.id(), company.name()));
        }
        companies.list(new CompanyFilter(search, null, null, null), new PageRequest(LIMIT, CompanyManagement.defaultSort(), null))
                .data().forEach(company -> options.putIfAbsent(company.id(), company.name()));
        return options;
    }

    /** Contacts matching what was typed, at the chosen company when there is one. */
    Map<Long, String> contacts(String search, Long companyId, Long chosen) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (chosen != null) {
            contacts.find(chosen).ifPresent(contact -> options.put(contact.id(), contact.fullName()));
        }
        contacts.list(new ContactFilter(search, null, null, null, companyId),
                new PageRequest(LIMIT, ContactManagement.defaultSort(), null))
                .data().forEach(contact -> options.putIfAbsent(contact.id(), contact.fullName()));
        return options;
    }
}
