package org.clientele.customers.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientele.customers.CreatedBetween;
import org.clientele.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The "created between" parameters of a list, as dates such as {@code 2026-01-31}, both included,
 * read in the reader's time zone. Bound from the query string of every list, page and API.
 */
record CreatedRange(@Schema(description = "Created on or after this day, such as 2026-01-01") String createdFrom,
        @Schema(description = "Created on or before this day") String createdTo) {

    /** @throws InvalidInputException for a date that cannot be read or a period that ends before it starts */
    CreatedBetween strictly() {
        LocalDate first = checked("createdFrom", createdFrom);
        LocalDate last = checked("createdTo", createdTo);
        if (reversed(first, last)) {
            throw InvalidInputException.of("createdTo", "validation.customers.created-period");
        }
        return CreatedBetween.days(first, last, zone());
    }

    /** For pages: a date that cannot be read, or a period that ends before it starts, filters nothing. */
    CreatedBetween leniently() {
        LocalDate first = from();
        LocalDate last = to();
        boolean unreadable = (first == null && given(createdFrom)) || (last == null && given(createdTo));
        return unreadable || reversed(first, last) ? CreatedBetween.ANY : CreatedBetween.days(first, last, zone());
    }

    /** The first day as the date field shows it, or {@code null} if none was given or it cannot be read. */
    LocalDate from() {
        return readable(createdFrom);
    }

    LocalDate to() {
        return readable(createdTo);
    }

    private static LocalDate checked(String field, String value) {
        LocalDate date = readable(value);
        if (date == null && given(value)) {
            throw InvalidInputException.of(field, "validation.customers.date");
        }
        return date;
    }

    private static LocalDate readable(String value) {
        if (!given(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean reversed(LocalDate first, LocalDate last) {
        return first != null && last != null && last.isBefore(first);
    }

    private static ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
