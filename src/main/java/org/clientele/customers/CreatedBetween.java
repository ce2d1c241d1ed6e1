package org.clientele.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The list filter "created between": from the start of one day to the end of another, in the
 * reader's time zone; either end may be open.
 *
 * @param from the first instant included, or {@code null}
 * @param before the first instant no longer included, or {@code null}
 */
public record CreatedBetween(Instant from, Instant before) {

    public static final CreatedBetween ANY = new CreatedBetween(null, null);

    /** The days from {@code first} to {@code last}, both included, as the reader's calendar has them. */
    public static CreatedBetween days(LocalDate first, LocalDate last, ZoneId zone) {
        return new CreatedBetween(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public boolean isOpen() {
        return from == null && before == null;
    }

    /** {@code from..before} as instants, open ends left empty; empty when both are open (as logs describe filters). */
    @Override
    public String toString() {
        return isOpen() ? "" : Objects.toString(from, "") + ".." + Objects.toString(before, "");
    }

    /** Adds the condition on the given creation-time column. */
    void applyTo(ListQuery query, String column) {
        if (from != null) {
            query.and(column + " >= ?", query.timeParameter(from));
        }
        if (before != null) {
            query.and(column + " < ?", query.timeParameter(before));
        }
    }
}
