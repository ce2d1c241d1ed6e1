package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.clientele.shared.CurrencyCode;

/**
 * A stored rate: one {@code from} is worth {@code rate} {@code to} from {@code date} on.
 *
 * @param source {@value ExchangeRateManagement#MANUAL} for rates entered by hand, otherwise the loader's name
 */
public record ExchangeRateView(long id, CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate date, String source,
        Instant updatedAt) {

    public boolean manual() {
        return ExchangeRateManagement.MANUAL.equals(source);
    }
}
