package org.clientele.customers.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.clientele.customers.CompanyFilter;
import org.clientele.customers.CompanyManagement;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The companies a contact form offers: the one chosen so far, then the first companies by name
 * that match what was typed, all of them ones the user may see. Never every company: a list of a
 * million would help nobody.
 */
@Component
class CompanyOptions {

    static final int LIMIT = 20;

    private final CompanyManagement companies;

    CompanyOptions(CompanyManagement companies) {
        this.companies = companies;
    }

    /** Id and name of each company to offer. */
    Map<Long, String> offer(String search, Long chosen) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (chosen != null) {
            companies.find(chosen).ifPresent(company -> options.put(company.id(), company.name()));
        }
        companies.list(new CompanyFilter(search, null, null, null), new PageRequest(LIMIT, CompanyManagement.defaultSort(), null))
                .data().forEach(company -> options.putIfAbsent(company.id(), company.name()));
        return options;
    }

    /** Like {@link #offer}, keeping a chosen company the user may not see (they may keep it, not pick it). */
    Map<Long, String> offer(String search, Long chosen, String chosenName) {
        Map<Long, String> options = offer(search, chosen);
        if (chosen != null && !options.containsKey(chosen) && chosenName != null) {
            Map<Long, String> withChosen = new LinkedHashMap<>();
            withChosen.put(chosen, chosenName);
            withChosen.putAll(options);
            return withChosen;
        }
        return options;
    }
}
