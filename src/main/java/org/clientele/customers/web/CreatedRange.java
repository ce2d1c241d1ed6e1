package org.clientele.customers.web;

import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientele.customers.CreatedBetween;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The "created between" parameters of a list, as dates such as {@code 2026-01-31}, both included,
 * read in the reader's time zone. Bound from the query string of every list, page and API.
 */
record CreatedRange(@Schema(description = "Created on or after this day, such as 2026-01-01") String createdFrom,
        @Schema(description = "Created on or before this day") String createdTo) {

    /** @throws org.clientele.shared.InvalidInputException for a date that cannot be read or an end before the start */
    CreatedBetween strictly() {
        return ListParameters.created(createdFrom, createdTo, zone());
    }

    /** For pages: what cannot be read is left out. */
    CreatedBetween leniently() {
        return ListParameters.createdLeniently(createdFrom, createdTo, zone());
    }

    /** The first day as the date field shows it, or {@code null}. */
    LocalDate from() {
        return ListParameters.dateOrNull(createdFrom);
    }

    LocalDate to() {
        return ListParameters.dateOrNull(createdTo);
    }

    private static ZoneId zone() {
        return LocaleContextHolder.getTimeZone().toZoneId();
    }
}
