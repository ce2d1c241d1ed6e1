package org.clientele.shared.web;

import java.math.BigDecimal;

import org.clientele.shared.Money;

/** Money as the API writes it: {@code {"amount": "12.50", "currency": "EUR"}}, the amount a decimal string. */
public record MoneyJson(String amount, String currency) {

    /** The amount exactly as kept. */
    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency().value());
    }

    /** The amount at the currency's minor unit, as shown to people (12.5 EUR is "12.50"). */
    public static MoneyJson rounded(Money money) {
        return money == null ? null : of(money.rounded());
    }

    /** The amount exactly, with at least the currency's minor unit of digits: 72.5 EUR is "72.50", 0.1234 EUR stays. */
    public static MoneyJson exactToMinorUnit(Money money) {
        if (money == null) {
            return null;
        }
        BigDecimal stripped = money.amount().stripTrailingZeros();
        int scale = Math.max(money.currency().minorUnits(), Math.max(0, stripped.scale()));
        return new MoneyJson(stripped.setScale(scale).toPlainString(), money.currency().value());
    }

    /** The amount sent, as a decimal. @throws NumberFormatException if it is not one */
    public BigDecimal decimal() {
        return amount == null ? null : new BigDecimal(amount.strip());
    }
}
