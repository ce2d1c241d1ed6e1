package org.clientele.customers;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The countries an address may name: ISO 3166-1 alpha-2 codes, shown by their name in the reader's language. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** The code in capitals without spaces, such as {@code DE} for {@code " de"}; {@code null} for blank input. */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** The country's name in the given language, or the code itself if it is not a country. */
    public static String name(String code, Locale locale) {
        if (!isKnown(code)) {
            return code == null ? "" : code;
        }
        return new Locale("", code).getDisplayCountry(locale);
    }

    /** Every country, by name in the given language. */
    public static List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    /** A country as forms and filters offer it. */
    public record Country(String code, String name) {
    }
}
