package org.clientele.billing.ledger.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientele.customers.CompanyFilter;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserSummary;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the payment form offers to choose from: a few companies and contacts the user may see
 * (the chosen one, then the first matches of what was typed; never all) and the active users as employees.
 */
@Component
class LedgerPageOptions {

    static final int LIMIT = 20;

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final UserDirectory users;

    LedgerPageOptions(CompanyManagement companies, ContactManagement contacts, UserDirectory users) {
        this.companies = companies;
        this.contacts = contacts;
        this.users = users;
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

    Map<Long, String> contacts(String search, Long chosen) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (chosen != null) {
            contacts.find(chosen).ifPresent(contact -> options.put(contact.id(), contact.fullName()));
        }
        contacts.list(new ContactFilter(search, null, null, null, null), new PageRequest(LIMIT, ContactManagement.defaultSort(), null))
                .data().forEach(contact -> options.putIfAbsent(contact.id(), contact.fullName()));
        return options;
    }

    /** Active users by name. */
    Map<Long, String> employees() {
        Map<Long, String> names = new LinkedHashMap<>();
        String cursor = null;
        do {
            CursorPage<UserSummary> page = users.list(PageRequest.of(PageRequest.MAX_LIMIT, "name", cursor, "name"), null, true);
            page.data().forEach(user -> names.put(user.id(), user.fullName()));
            cursor = page.next();
        }
        while (cursor != null);
        return names;
    }
}
