package org.clientele.billing.invoices.web;

import java.util.List;
import java.util.Locale;

import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
import org.clientele.platform.SupportedLanguages;
import org.springframework.stereotype.Component;

/** What invoice pages offer to choose from: the active tax rates and the document languages. */
@Component
class InvoicePageOptions {

    private final TaxRates taxRates;

    InvoicePageOptions(TaxRates taxRates) {
        this.taxRates = taxRates;
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
