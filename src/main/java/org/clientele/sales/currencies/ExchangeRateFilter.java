package org.clientele.sales.currencies;

import java.time.LocalDate;

import org.clientele.shared.CurrencyCode;

/**
 * What a rate list shows; {@code null} leaves a criterion out.
 *
 * @param from the base currency
 * @param to the quote currency
 * @param onOrBefore only rates dated on or before this day, so the first row is the one in effect then
 */
public record ExchangeRateFilter(CurrencyCode from, CurrencyCode to, LocalDate onOrBefore) {

    public static ExchangeRateFilter none() {
        return new ExchangeRateFilter(null, null, null);
    }
}
