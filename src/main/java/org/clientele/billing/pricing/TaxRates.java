package org.clientele.billing.pricing;

import java.util.List;
import java.util.Optional;

/** The tax rates quotations and invoices choose from. */
public interface TaxRates {

    Optional<TaxRateView> find(long id);

    /** The rates offered on new lines, by name. */
    List<TaxRateView> active();

    /** The rate a new line starts with, if an administrator marked one as the default. */
    Optional<TaxRateView> defaultRate();
}
