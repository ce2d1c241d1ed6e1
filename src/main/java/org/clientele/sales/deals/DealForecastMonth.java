package org.clientele.sales.deals;

import java.time.YearMonth;

/**
 * One row of the forecast: the open deals expected to close in a month (or overdue, later than
 * the forecast's months, or without a date), unweighted and weighted by their probability, in the
 * reporting currency.
 *
 * @param period OVERDUE, MONTH, LATER or NO_DATE
 * @param month the month for a MONTH row, else {@code null}
 */
public record DealForecastMonth(String period, YearMonth month, DealBoardTotal amount, DealBoardTotal weighted) {

    public static final String OVERDUE = "OVERDUE";
    public static final String MONTH = "MONTH";
    public static final String LATER = "LATER";
    public static final String NO_DATE = "NO_DATE";

    DealForecastMonth plus(DealBoardTotal moreAmount, DealBoardTotal moreWeighted) {
        return new DealForecastMonth(period, month, amount.plus(moreAmount), weighted.plus(moreWeighted));
    }
}
