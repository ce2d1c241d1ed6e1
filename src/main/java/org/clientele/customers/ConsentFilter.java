package org.clientele.customers;

import java.util.Arrays;
import java.util.Locale;

import org.clientele.shared.InvalidInputException;

/** The contact list's consent filter, given as {@code consent=opted_in} and so on. */
public enum ConsentFilter {
    OPTED_IN,
    OPTED_OUT,
    UNKNOWN,
    DO_NOT_CONTACT;

    /** The parameter's value, such as {@code opted_in}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return {@code null} for a blank value
     * @throws InvalidInputException for a value that is none of them
     */
    public static ConsentFilter parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values()).filter(filter -> filter.parameter().equals(value.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("consent", "validation.consent.filter-unknown",
                        String.join(", ", Arrays.stream(values()).map(ConsentFilter::parameter).toList())));
    }

    /** Like {@link #parse}, but {@code null} for an unknown value, as list pages fall back to no filter. */
    public static ConsentFilter parseLeniently(String value) {
        try {
            return parse(value);
        }
        catch (InvalidInputException ex) {
            return null;
        }
    }
}
