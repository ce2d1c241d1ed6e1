package org.clientele.billing.invoices.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.customers.CompanyFilter;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.platform.SupportedLanguages;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What invoice pages offer to choose from: a few companies and contacts the user may see (the
 * chosen one, then the first matches of what was typed; never all), the active tax rates and the
 * document languages.
 */
@Component
class InvoicePageOptions {

    static final int LIMIT = 20;

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final TaxRates taxRates;

    InvoicePageOptions(CompanyManagement companies, ContactManagement contacts, TaxRates taxRates) {
        this.companies = companies;
        this.contacts = contacts;
        this.taxRates = taxRates;
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
        contacts.list(new ContactFilter(search, null, null, null, companyId), new PageRequest(LIMIT, ContactManagement.defaultSort(), null))
                .data().forEach(contact -> options.putIfAbsent(contact.id(), contact.fullName()));
        return options;
    }

    List<TaxRateView> taxRates() {
        return taxRates.active();
    }

    TaxRateView defaultRate() {
        return taxRates.defaultRate().orElse(null);
    }

    List<String> languages() {
        return SupportedLanguages.ALL.stream().map(Locale::getLanguage).toList();
    }
}
