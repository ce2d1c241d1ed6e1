package org.clientele.sales.currencies;

import java.time.LocalDate;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/**
 * Converts money with the exchange rate of a date: the latest rate on or before that date. Every
 * conversion in Clientele goes through here, so a deal, a board column and a forecast month agree.
 */
public interface ExchangeRates {

    /** The currency reports and board totals are shown in. */
    CurrencyCode reportingCurrency();

    /**
     * The amount in the target currency at the rate valid on the date, at full precision (round
     * with {@link Money#rounded()} for display).
     *
     * @throws MissingExchangeRateException when no rate on or before the date is known
     */
    Money convert(Money money, CurrencyCode target, LocalDate on);

    /** {@link #convert} into the reporting currency. */
    default Money toReportingCurrency(Money money, LocalDate on) {
        return convert(money, reportingCurrency(), on);
    }
}
