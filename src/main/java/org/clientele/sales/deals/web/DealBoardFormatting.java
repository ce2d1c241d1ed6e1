package org.clientele.sales.deals.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

import org.clientele.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts and dates of the board, the deal list and the forecast in the reader's language; templates use {@code @dealFormat}. */
@Component("dealFormat")
class DealBoardFormatting {

    /** The amount at its currency's minor unit with the currency sign, in the reader's language. */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        Money rounded = money.rounded();
        NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        try {
            format.setCurrency(Currency.getInstance(rounded.currency().value()));
        }
        catch (IllegalArgumentException ex) {
            return plain(rounded);
        }
        format.setMinimumFractionDigits(rounded.currency().minorUnits());
        format.setMaximumFractionDigits(rounded.currency().minorUnits());
        return format.format(rounded.amount());
    }

    /** The rounded amount as a plain decimal and the currency code, for machines. */
    public String plain(Money money) {
        return money == null ? "" : money.rounded().amount().toPlainString() + " " + money.currency().value();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    public String month(YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", LocaleContextHolder.getLocale()).format(month);
    }
}
