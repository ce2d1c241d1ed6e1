package org.clientele.billing.ledger.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

import org.clientele.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Amounts, dates and months of the ledger pages in the reader's language; templates use {@code @ledgerFormat}. */
@Component("ledgerFormat")
class LedgerFormatting {

    /** The amount at its currency's minor unit with the currency sign. */
    public String money(Money money) {
        if (money == null) {
            return "";
        }
        Money rounded = money.rounded();
        NumberFormat format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
        format.setCurrency(Currency.getInstance(rounded.currency().value()));
        format.setMinimumFractionDigits(rounded.currency().minorUnits());
        format.setMaximumFractionDigits(rounded.currency().minorUnits());
        return format.format(rounded.amount());
    }

    /** The amount at its minor unit as a plain decimal, for charts and form fields. */
    public String plain(Money money) {
        return money == null ? "" : money.rounded().amount().toPlainString();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale()).format(date);
    }

    public String month(YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", LocaleContextHolder.getLocale()).format(month);
    }
}
