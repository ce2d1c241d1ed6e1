package org.clientele.billing.invoices.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clientele.customers.CustomerChoices;
import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.platform.SupportedLanguages;
import org.springframework.stereotype.Component;

/**
 * What invoice pages offer to choose from: a few companies and contacts the user may see (the
 * chosen one, then the first matches of what was typed; never all), the active tax rates and the
 * document languages.
 */
@Component
class InvoicePageOptions {

    private final CustomerChoices choices;
    private final TaxRates taxRates;

    InvoicePageOptions(CustomerChoices choices, TaxRates taxRates) {
        this.choices = choices;
        this.taxRates = taxRates;
    }

    Map<Long, String> companies(String search, Long chosen) {
        return choices.companies(search, chosen);
    }

    /** Contacts matching what was typed, at the chosen company when there is one. */
    Map<Long, String> contacts(String search, Long companyId, Long chosen) {
        return choices.contacts(search, companyId, chosen);
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
