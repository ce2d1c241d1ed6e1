package org.clientele.billing.ledger;

import java.time.YearMonth;
import java.util.List;

import org.clientele.shared.Money;

/** Customer payments received minus refunds paid in one month, one amount per currency (by code), none when nothing moved. */
public record RevenueMonth(YearMonth month, List<Money> amounts) {

    public RevenueMonth {
        amounts = List.copyOf(amounts);
    }
}
