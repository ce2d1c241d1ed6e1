package org.clientele.customers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies and contacts a form of another module offers to choose from: the chosen one
 * first, then the first matches of what was typed, never all, and only records the signed-in
 * user may see.
 */
@Service
public class CustomerChoices {

    public static final int LIMIT = 20;

    private final CompanyManagement companies;
    private final ContactManagement contacts;

    CustomerChoices(CompanyManagement companies, ContactManagement contacts) {
        this.companies = companies;
        this.contacts = contacts;
    }

    /** Company names by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> companies(String search, Long chosen) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (chosen != null) {
            companies.find(chosen).ifPresent(company -> options.put(company.id(), company.name()));
        }
        companies.list(new CompanyFilter(search, null, null, null), new PageRequest(LIMIT, CompanyManagement.defaultSort(), null))
                .data().forEach(company -> options.putIfAbsent(company.id(), company.name()));
        return options;
    }

    /** Contact names by id, of people at the company when one is given. */
    @Transactional(readOnly = true)
    public Map<Long, String> contacts(String search, Long companyId, Long chosen) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (chosen != null) {
            contacts.find(chosen).ifPresent(contact -> options.put(contact.id(), contact.fullName()));
        }
        contacts.list(new ContactFilter(search, null, null, null, companyId), new PageRequest(LIMIT, ContactManagement.defaultSort(), null))
                .data().forEach(contact -> options.putIfAbsent(contact.id(), contact.fullName()));
        return options;
    }
}
