package org.clientele.sales.products.web;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;

import org.clientele.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Shows amounts in the reader's language with their currency; templates use it as {@code @productMoney}. */
@Component("productMoney")
class ProductMoneyFormat {

    public String format(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        format.setCurrency(Currency.getInstance(money.currency().value()));
        int digits = money.currency().minorUnits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, money.amount().stripTrailingZeros().scale()));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(money.amount());
    }
}
