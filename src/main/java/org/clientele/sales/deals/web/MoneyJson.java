package org.clientele.sales.deals.web;

import java.math.BigDecimal;

import org.clientele.shared.Money;

/** Money as the API writes it: {@code {"amount": "12.50", "currency": "EUR"}}, the amount a decimal string. */
record MoneyJson(String amount, String currency) {

    static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency().value());
    }

    /** The amount at the currency's minor unit, as shown to people (12.5 EUR is "12.50"). */
    static MoneyJson rounded(Money money) {
        return money == null ? null : of(money.rounded());
    }

    BigDecimal decimal() {
        return amount == null ? null : new BigDecimal(amount.strip());
    }
}
