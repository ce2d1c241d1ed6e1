package org.clientele.customers.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.clientele.customers.Countries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How customer pages show stored values; templates use it as {@code @customers}. */
@Component("customers")
class CustomerFormatting {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /** An E.164 number grouped for reading, such as {@code +49 30 1234567}. */
    public String phone(String e164) {
        if (e164 == null) {
            return "";
        }
        try {
            return PHONES.format(PHONES.parse(e164, "ZZ"), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException ex) {
            return e164;
        }
    }

    /** A date in the reader's language, such as {@code March 12, 1990}. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    /** The country's name in the reader's language. */
    public String country(String code) {
        return code == null ? "" : Countries.name(code, LocaleContextHolder.getLocale());
    }
}
