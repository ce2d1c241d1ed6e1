package org.clientele.platform;

import java.util.List;
import java.util.Locale;

/** The languages the user interface is translated into. */
public final class SupportedLanguages {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("es"));

    private SupportedLanguages() {
    }

    /** The supported language closest to the given one, English when none is close. */
    public static Locale closestTo(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return ALL.stream()
                .filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
