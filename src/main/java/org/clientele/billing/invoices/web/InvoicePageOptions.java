package org.clientele.billing.invoices.web;

import java.util.List;

import org.clientele.billing.pricing.TaxRateView;
import org.clientele.billing.pricing.TaxRates;
import org.springframework.stereotype.Component;

/** What invoice pages offer to choose from: the active tax rates. */
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
}
