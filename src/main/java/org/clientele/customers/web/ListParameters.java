package org.clientele.customers.web;

import org.clientele.customers.Countries;
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
}
