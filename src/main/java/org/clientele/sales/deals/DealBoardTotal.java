package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.sales.currencies.MissingExchangeRateException;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/**
 * A count of deals and the sum of their amounts in the reporting currency, added up group by group
 * (one group: the deals of one currency whose amounts convert at one date). A group without a
 * rate is counted in {@link #withoutRate()} instead of being added, so no total hides it.
 *
 * @param sum at full precision; round with {@link Money#rounded()} to show it
 * @param withoutRate deals whose amount could not be converted
 */
public record DealBoardTotal(long count, Money sum, long withoutRate) {

    public static DealBoardTotal zero(CurrencyCode reporting) {
        return new DealBoardTotal(0, Money.zero(reporting), 0);
    }

    /**
     * This total with one more group of deals.
     *
     * @param deals how many deals the group holds
     * @param priced how many of them have an amount
     * @param amount the sum of their amounts, or {@code null} when none has an amount
     * @param currency their currency
     * @param on the date whose rate converts them
     */
    DealBoardTotal plus(long deals, long priced, BigDecimal amount, CurrencyCode currency, LocalDate on, ExchangeRates rates) {
        if (amount == null || amount.signum() == 0) {
            return new DealBoardTotal(count + deals, sum, withoutRate);
        }
        try {
            Money converted = currency.equals(sum.currency()) ? new Money(amount, currency)
                    : rates.convert(new Money(amount, currency), sum.currency(), on);
            return new DealBoardTotal(count + deals, sum.plus(converted), withoutRate);
        }
        catch (MissingExchangeRateException ex) {
            return new DealBoardTotal(count + deals, sum, withoutRate + priced);
        }
    }

    public DealBoardTotal plus(DealBoardTotal other) {
        return new DealBoardTotal(count + other.count, sum.plus(other.sum), withoutRate + other.withoutRate);
    }

    /** The sum at the currency's minor unit, for display. */
    public Money shown() {
        return sum.rounded();
    }
}
