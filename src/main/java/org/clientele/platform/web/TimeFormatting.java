package org.clientele.platform.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Shows instants in the reader's time zone and language; templates use it as {@code @time}. */
@Component("time")
public class TimeFormatting {

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(LocaleContextHolder.getTimeZone().toZoneId())
                .format(instant);
    }
}
