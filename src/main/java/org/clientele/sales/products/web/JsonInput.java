package org.clientele.sales.products.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object read as a merge patch onto current values for the products API: a member left
 * out keeps the current value, {@code null} clears it, anything else replaces it. Members of the
 * wrong type or unknown to the resource are reported together, as 422 field problems.
 */
final class JsonInput {

    private final JsonNode body;
    private final String prefix;
    private final List<FieldProblem> problems;

    private JsonInput(JsonNode body, String prefix, List<FieldProblem> problems) {
        this.body = body;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** @param readOnly members a GET returns that are let through and ignored */
    static JsonInput of(JsonNode body, Set<String> fields, Set<String> readOnly) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "validation.products.json-object");
        }
        JsonInput input = new JsonInput(body, "", new ArrayList<>());
        input.rejectUnknown(fields, readOnly);
        return input;
    }

    /** The members of an array member, each read as an object of its own; its problems are named {@code field[i].member}. */
    List<JsonInput> objects(String field, Set<String> fields, Set<String> readOnly) {
        JsonNode array = body.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            problem(field, "validation.products.json-array");
            return List.of();
        }
        List<JsonInput> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String itemPrefix = prefix + field + "[" + i + "].";
            if (!item.isObject()) {
                problems.add(new FieldProblem(prefix + field + "[" + i + "]", "validation.products.json-object"));
                continue;
            }
            JsonInput input = new JsonInput(item, itemPrefix, problems);
            input.rejectUnknown(fields, readOnly);
            items.add(input);
        }
        return items;
    }

    /** An object member read the same way, or {@code null} when it is left out or null. */
    JsonInput object(String field, Set<String> fields) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            problem(field, "validation.products.json-object");
            return null;
        }
        JsonInput input = new JsonInput(value, prefix + field + ".", problems);
        input.rejectUnknown(fields, Set.of());
        return input;
    }

    boolean isObject(String field) {
        return body.has(field) && body.get(field).isObject();
    }

    boolean has(String field) {
        return body.has(field);
    }

    String text(String field, String current) {
        return read(field, current, value -> value.isString() ? value.stringValue() : null, "validation.products.json-text");
    }

    /** An id as the API writes it (a string of digits) or as a whole number. */
    Long id(String field, Long current) {
        return read(field, current, value -> {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return value.longValue();
            }
            return value.isString() && value.stringValue().matches("\\d{1,18}") ? Long.valueOf(value.stringValue()) : null;
        }, "validation.products.json-id");
    }

    /** A decimal as a string such as {@code "12.50"}, or as a JSON number. */
    BigDecimal decimal(String field, BigDecimal current) {
        return read(field, current, value -> {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            try {
                return value.isString() ? new BigDecimal(value.stringValue().strip()) : null;
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }, "validation.products.json-decimal");
    }

    /** A boolean; it cannot be cleared. */
    boolean bool(String field, boolean current) {
        Boolean read = read(field, current, value -> value.isBoolean() ? value.booleanValue() : null, "validation.products.json-boolean");
        if (read == null) {
            problem(field, "validation.products.json-boolean");
            return current;
        }
        return read;
    }

    /** An ISO date such as {@code 2026-12-31}. */
    LocalDate date(String field, LocalDate current) {
        return read(field, current, value -> {
            try {
                return value.isString() ? LocalDate.parse(value.stringValue()) : null;
            }
            catch (DateTimeParseException ex) {
                return null;
            }
        }, "validation.products.json-date");
    }

    /** One of the constants, in any case. */
    <E extends Enum<E>> E constant(String field, Class<E> type, E current) {
        return read(field, current, value -> {
            try {
                return value.isString() ? Enum.valueOf(type, value.stringValue().strip().toUpperCase(Locale.ROOT)) : null;
            }
            catch (IllegalArgumentException ex) {
                return null;
            }
        }, "validation.products.json-constant");
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void rejectUnknown(Set<String> fields, Set<String> readOnly) {
        for (String name : body.propertyNames()) {
            if (!fields.contains(name) && !readOnly.contains(name)) {
                problem(name, "validation.products.json-unknown");
            }
        }
    }

    /** The member read by the reader, which answers {@code null} for a value of the wrong type. */
    private <T> T read(String field, T current, Function<JsonNode, T> reader, String wrongType) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        T read = reader.apply(value);
        if (read == null) {
            problem(field, wrongType);
            return current;
        }
        return read;
    }

    private void problem(String field, String code) {
        problems.add(new FieldProblem(prefix + field, code));
    }
}
