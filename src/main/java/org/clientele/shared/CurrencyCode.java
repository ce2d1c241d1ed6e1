package org.clientele.shared;

import java.util.Currency;
import java.util.Locale;

/**
 * An ISO 4217 currency code such as {@code EUR}. Only codes the JDK knows are accepted, so every
 * code has a known number of minor units (2 for EUR, 0 for JPY, 3 for KWD).
 */
public record CurrencyCode(String value) implements Comparable<CurrencyCode> {

    public CurrencyCode {
        if (value == null || !value.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A currency code is three capital letters: " + value);
        }
        try {
            Currency.getInstance(value);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: " + value, unknown);
        }
    }

    public static CurrencyCode of(String value) {
        return new CurrencyCode(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether the text is a code {@link #of(String)} accepts. */
    public static boolean isValid(String value) {
        try {
            of(value);
            return true;
        } catch (IllegalArgumentException notACode) {
            return false;
        }
    }

    /** Digits after the decimal point in amounts of this currency; 0 where the JDK knows none. */
    public int minorUnits() {
        return Math.max(0, Currency.getInstance(value).getDefaultFractionDigits());
    }

    /** The currency's name in the given language, such as "Euro". */
    public String displayName(Locale locale) {
        return Currency.getInstance(value).getDisplayName(locale);
    }

    @Override
    public int compareTo(CurrencyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
