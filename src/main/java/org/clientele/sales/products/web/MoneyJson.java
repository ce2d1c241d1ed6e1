package org.clientele.sales.products.web;

import java.math.BigDecimal;

import org.clientele.shared.Money;

/** Money as the API writes it: the amount as a decimal string, at least to the currency's minor unit, and the ISO code. */
record MoneyJson(String amount, String currency) {

    static MoneyJson of(Money money) {
        if (money == null) {
            return null;
        }
        BigDecimal stripped = money.amount().stripTrailingZeros();
        int scale = Math.max(money.currency().minorUnits(), Math.max(0, stripped.scale()));
        return new MoneyJson(stripped.setScale(scale).toPlainString(), money.currency().value());
    }
}
