package org.clientele.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Where a page of a list ends: the sort it was read in and the sort-key values of its last row.
 * Clients see it only as an opaque string ({@link #encode()}), which they pass back to get the
 * next page; the server then reads on from those values (keyset pagination), never by offset.
 *
 * @param sort the sort the list was read in, such as {@code -createdAt}
 * @param values the sort-key values of the last row, the unique tie-breaker last
 */
public record Cursor(String sort, List<String> values) {

    private static final char SEPARATOR = '\u001f';
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public Cursor {
        Objects.requireNonNull(sort, "sort");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A cursor holds at least one value");
        }
        if (sort.indexOf(SEPARATOR) >= 0 || values.stream().anyMatch(value -> value.indexOf(SEPARATOR) >= 0)) {
            throw new IllegalArgumentException("Cursor values may not contain the unit separator");
        }
    }

    public static Cursor of(String sort, String... values) {
        return new Cursor(sort, List.of(values));
    }

    public String encode() {
        String joined = sort + SEPARATOR + String.join(String.valueOf(SEPARATOR), values);
        return ENCODER.encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor a client sent back.
     *
     * @throws InvalidInputException if it was not made by {@link #encode()} or was made for another sort
     */
    public static Cursor decode(String encoded, String expectedSort) {
        try {
            String joined = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() < 2 || !parts.get(0).equals(expectedSort)) {
                throw invalid();
            }
            return new Cursor(parts.get(0), parts.subList(1, parts.size()));
        }
        catch (IllegalArgumentException ex) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("cursor", "validation.cursor.invalid");
    }
}
