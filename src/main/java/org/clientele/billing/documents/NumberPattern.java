package org.clientele.billing.documents;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a series prints its numbers: text with the placeholders {@code {year}} (2026), {@code {yy}}
 * (26), and {@code {seq}} or {@code {seq:N}} (the sequence, zero-padded to N digits), such as
 * {@code INV-{year}-{seq:4}} for {@code INV-2026-0001}.
 */
public final class NumberPattern {

    public static final int MAX_LENGTH = 60;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(?::(\\d))?}");

    private NumberPattern() {
    }

    /** Whether the pattern prints the sequence, uses only known placeholders and fits its column. */
    public static boolean isValid(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.length() > MAX_LENGTH || !pattern.contains("{seq")) {
            return false;
        }
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean known = name.equals("seq") ? matcher.group(2) == null || !matcher.group(2).equals("0")
                    : (name.equals("year") || name.equals("yy")) && matcher.group(2) == null;
            if (!known) {
                return false;
            }
            matcher.appendReplacement(rest, "");
        }
        matcher.appendTail(rest);
        return rest.indexOf("{") < 0 && rest.indexOf("}") < 0;
    }

    public static String format(String pattern, int year, long sequence) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "year" -> Integer.toString(year);
                case "yy" -> String.format(Locale.ROOT, "%02d", year % 100);
                case "seq" -> matcher.group(2) == null ? Long.toString(sequence)
                        : String.format(Locale.ROOT, "%0" + matcher.group(2) + "d", sequence);
                default -> matcher.group();
            };
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
