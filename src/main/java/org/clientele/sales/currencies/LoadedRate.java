package org.clientele.sales.currencies;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.shared.CurrencyCode;

/** A rate as a source published it: one {@code from} is worth {@code rate} {@code to} on {@code date}. */
public record LoadedRate(CurrencyCode from, CurrencyCode to, BigDecimal rate, LocalDate date) {
}
