package org.clientele.sales.currencies;

import java.time.LocalDate;

import org.clientele.shared.CurrencyCode;

/** No rate between two currencies is known on or before a date. */
public class MissingExchangeRateException extends RuntimeException {

    private final CurrencyCode from;
    private final CurrencyCode to;
    private final LocalDate on;

    public MissingExchangeRateException(CurrencyCode from, CurrencyCode to, LocalDate on) {
        super("No exchange rate from " + from + " to " + to + " on or before " + on);
        this.from = from;
        this.to = to;
        this.on = on;
    }

    public CurrencyCode from() {
        return from;
    }

    public CurrencyCode to() {
        return to;
    }

    public LocalDate on() {
        return on;
    }
}
