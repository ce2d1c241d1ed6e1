package org.clientele.billing.quotes.web;

import java.util.List;
import java.util.Map;

import org.clientele.customers.CustomerChoices;
import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamSummary;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserManagement;
import org.clientele.sales.products.ProductCatalog;
import org.clientele.sales.products.ProductSummary;
import org.springframework.stereotype.Component;

/**
 * What quotation pages offer to choose from: a few companies the user may see for the list's filter
 * (the chosen one, then the first; never all), products on sale, the active tax rates, users and teams.
 */
@Component
class QuotePageOptions {

    static final int PRODUCTS = 200;

    private final CustomerChoices choices;
    private final ProductCatalog products;
    private final TaxRates taxRates;
    private final UserDirectory users;
    private final UserManagement userManagement;
    private final TeamDirectory teams;

    QuotePageOptions(CustomerChoices choices, ProductCatalog products, TaxRates taxRates, UserDirectory users,
            UserManagement userManagement, TeamDirectory teams) {
        this.choices = choices;
        this.products = products;
        this.taxRates = taxRates;
        this.users = users;
        this.userManagement = userManagement;
        this.teams = teams;
    }

    Map<Long, String> companies(String search, Long chosen) {
        return choices.companies(search, chosen);
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

    /** Active users by name, and the given one even if they left. */
    Map<Long, String> users(Long current) {
        Map<Long, String> names = users.activeNames();
        if (current != null && !names.containsKey(current)) {
            userManagement.find(current).map(UserAccount::fullName).ifPresent(name -> names.put(current, name));
        }
        return names;
    }

    List<TeamSummary> teams() {
        return teams.tree();
    }
}
