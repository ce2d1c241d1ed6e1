package org.clientele.billing.documents.pdf;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.clientele.shared.CurrencyCode;

/**
 * Numbers and dates as a document in one language prints them: amounts with the currency's
 * symbol and minor units ({@code 1,234.50 €} or {@code 1.234,50 €}), quantities and percents
 * with as many decimals as they have, dates in the language's medium style.
 */
public final class DocumentFormat {

    private final Locale locale;
    private final CurrencyCode currency;

    public DocumentFormat(Locale locale, CurrencyCode currency) {
        this.locale = locale;
        this.currency = currency;
    }

    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency.value()));
        format.setMinimumFractionDigits(currency.minorUnits());
        format.setMaximumFractionDigits(currency.minorUnits());
        return printable(format.format(amount));
    }

    /** A quantity or unit price exactly as entered, without trailing zeros. */
    public String decimal(BigDecimal value) {
        return decimal(value, 0);
    }

    /** A unit price: at least the currency's minor units, more when it has them. */
    public String price(BigDecimal value) {
        return decimal(value, currency.minorUnits());
    }

    /** 19 as {@code 19%} in English, {@code 19 %} in German. */
    public String percent(BigDecimal value) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return printable(format.format(value.movePointLeft(2)));
    }

    public String date(LocalDate date) {
        return date == null ? "" : printable(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date));
    }

    private String decimal(BigDecimal value, int minimumDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(minimumDecimals);
        format.setMaximumFractionDigits(Math.max(minimumDecimals, value.stripTrailingZeros().scale()));
        return printable(format.format(value));
    }

    /** The narrow no-break space some languages use is not in the PDF's standard fonts; the plain one is. */
    private static String printable(String text) {
        return text.replace('\u202f', '\u00a0');
    }
}
