package org.clientele.billing.quotes.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
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
import org.clientele.sales.products.ProductCatalog;
import org.clientele.sales.products.ProductSummary;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What quotation pages offer to choose from: a few companies and contacts the user may see (the
 * chosen one, then the first matches of what was typed; never all), products on sale, the active
 * tax rates, users and teams.
 */
@Component
class QuotePageOptions {

    static final int LIMIT = 20;
    static final int PRODUCTS = 200;

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final ProductCatalog products;
    private final TaxRates taxRates;
    private final UserDirectory users;
    private final UserManagement userManagement;
    private final TeamDirectory teams;

    QuotePageOptions(CompanyManagement companies, ContactManagement contacts, ProductCatalog products, TaxRates taxRates,
            UserDirectory users, UserManagement userManagement, TeamDirectory teams) {
        this.companies = companies;
        this.contacts = contacts;
        this.products = products;
        this.taxRates = taxRates;
        this.users = users;
        this.userManagement = userManagement;
        this.teams = teams;
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

    Map<Long, String> contacts(String search, Long companyId, Long chosen) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (chosen != null) {
            contacts.find(chosen).ifPresent(contact -> options.put(contact.id(), contact.fullName()));
        }
        contacts.list(new ContactFilter(search, null, null, null, companyId), new PageRequest(LIMIT, ContactManagement.defaultSort(), null))
                .data().forEach(contact -> options.putIfAbsent(contact.id(), contact.fullName()));
        return options;
    }

    List<ProductSummary> products() {
        return products.onSale(null, PRODUCTS);
    }

    List<TaxRateView> taxRates() {
        return taxRates.active();
    }

    Long defaultTaxRateId() {
        return taxRates.defaultRate().map(TaxRateView::id).orElse(null);
    }

    Map<Long, String> users(Long current) {
        Map<Long, String> names = new LinkedHashMap<>();
        String cursor = null;
        do {
            CursorPage<UserSummary> page = users.list(PageRequest.of(PageRequest.MAX_LIMIT, "name", cursor, "name"), null, true);
            page.data().forEach(user -> names.put(user.id(), user.fullName()));
            cursor = page.next();
        }
        while (cursor != null);
        if (current != null && !names.containsKey(current)) {
            userManagement.find(current).map(UserAccount::fullName).ifPresent(name -> names.put(current, name));
        }
        return names;
    }

    List<TeamSummary> teams() {
        return teams.tree();
    }
}
