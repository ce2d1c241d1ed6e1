package org.clientele.sales.currencies;

/**
 * A rate as typed on the page or sent to the API, unchecked: one {@code from} is worth
 * {@code rate} {@code to} from {@code date} (ISO yyyy-mm-dd) on.
 */
public record ExchangeRateForm(String from, String to, String rate, String date) {

    public static ExchangeRateForm empty() {
        return new ExchangeRateForm(null, null, null, null);
    }
}
