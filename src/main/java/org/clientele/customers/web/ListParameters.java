package org.clientele.customers.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.clientele.customers.Countries;
import org.clientele.customers.CreatedBetween;
import org.clientele.shared.InvalidInputException;

/** Checks the list parameters every customer list shares. */
final class ListParameters {

    private ListParameters() {
    }

    /** The country filter as a known code, {@code null} if absent. */
    static String country(String country) {
        String code = Countries.normalize(country);
        if (code != null && !Countries.isKnown(code)) {
            throw InvalidInputException.of("country", "validation.customers.country-unknown");
        }
        return code;
    }

    /** {@code count} may only ask for an estimate. */
    static void checkCount(String count) {
        if (count != null && !count.equals("estimate")) {
            throw InvalidInputException.of("count", "validation.customers.count-estimate");
        }
    }

    /**
     * The "created between" filter from two dates such as {@code 2026-01-31}, both included, in the
     * reader's time zone; either may be absent.
     *
     * @throws InvalidInputException for a date that cannot be read or a period that ends before it starts
     */
    static CreatedBetween created(String from, String to, ZoneId zone) {
        LocalDate first = date("createdFrom", from);
        LocalDate last = date("createdTo", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw InvalidInputException.of("createdTo", "validation.customers.created-period");
        }
        return CreatedBetween.days(first, last, zone);
    }

    /** As {@link #created}, for pages: what cannot be read is left out rather than refused. */
    static CreatedBetween createdLeniently(String from, String to, ZoneId zone) {
        try {
            return created(from, to, zone);
        }
        catch (InvalidInputException ex) {
            return CreatedBetween.ANY;
        }
    }

    /** A date the filter form sends, or {@code null} when it sends none. */
    static LocalDate dateOrNull(String value) {
        try {
            return date("date", value);
        }
        catch (InvalidInputException ex) {
            return null;
        }
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException ex) {
            throw InvalidInputException.of(field, "validation.customers.date");
        }
    }
}
