package org.clientele.customers.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clientele.customers.Address;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON object as a merge patch (RFC 7396) onto current values: a member left out keeps
 * the current value, {@code null} clears it, anything else replaces it. Members of the wrong type
 * and members the resource does not have are collected as field problems and reported together.
 */
final class JsonFields {

    private final JsonNode body;
    private final String prefix;
    private final List<FieldProblem> problems;

    private JsonFields(JsonNode body, String prefix, List<FieldProblem> problems) {
        this.body = body;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** @throws InvalidInputException if the body is not a JSON object */
    static JsonFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "validation.customers.json-object");
        }
        return new JsonFields(body, "", new ArrayList<>());
    }

    /**
     * Reports members other than the known ones; read-only members (such as {@code id} or
     * {@code createdAt}) are let through, so that what a GET returned can be sent back.
     */
    JsonFields rejectUnknown(Set<String> known, Set<String> readOnly) {
        for (String name : body.propertyNames()) {
            if (!known.contains(name) && !readOnly.contains(name)) {
                problems.add(new FieldProblem(prefix + name, "validation.customers.json-unknown"));
            }
        }
        return this;
    }

    String text(String field, String current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            return reject(field, "validation.customers.json-text", current);
        }
        return value.stringValue();
    }

    List<String> texts(String field, List<String> current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || !value.values().stream().allMatch(JsonNode::isString)) {
            return reject(field, "validation.customers.json-texts", current);
        }
        return value.values().stream().map(JsonNode::stringValue).toList();
    }

    /** A boolean; {@code null} is refused, since the member cannot be cleared. */
    boolean bool(String field, boolean current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        return value.isBoolean() ? value.booleanValue() : reject(field, "validation.customers.json-boolean", current);
    }

    /** A whole number that fits an int; {@code null} is refused, since the member cannot be cleared. */
    int integer(String field, int current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        return value.isIntegralNumber() && value.canConvertToInt() ? value.intValue()
                : reject(field, "validation.customers.json-integer-required", current);
    }

    /** An id, as a string of digits (as the API writes ids) or as a whole number. */
    Long id(String field, Long current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        Long id = idOf(value);
        return id == null ? reject(field, "validation.customers.json-id", current) : id;
    }

    Set<Long> ids(String field, Set<Long> current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (value.isArray()) {
            for (JsonNode element : value.values()) {
                Long id = idOf(element);
                if (id == null) {
                    return reject(field, "validation.customers.json-ids", current);
                }
                ids.add(id);
            }
            return ids;
        }
        return reject(field, "validation.customers.json-ids", current);
    }

    LocalDate date(String field, LocalDate current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (value.isString()) {
            try {
                return LocalDate.parse(value.stringValue().strip());
            }
            catch (DateTimeParseException ex) {
                // reported below
            }
        }
        return reject(field, "validation.customers.json-date", current);
    }

    /** A point in time, ISO-8601 with an offset (such as {@code 2026-11-26T14:30:00+01:00}). */
    Instant instant(String field, Instant current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (value.isString()) {
            try {
                return OffsetDateTime.parse(value.stringValue().strip()).toInstant();
            }
            catch (DateTimeParseException ex) {
                // reported below
            }
        }
        return reject(field, "validation.customers.json-time", current);
    }

    Integer integer(String field, Integer current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        return value.isIntegralNumber() && value.canConvertToInt() ? Integer.valueOf(value.intValue())
                : reject(field, "validation.customers.json-integer", current);
    }

    /** One of the enum's constants, by name. */
    <E extends Enum<E>> E constant(String field, Class<E> type, E current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return null;
        }
        if (value.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.stringValue())) {
                    return constant;
                }
            }
        }
        return reject(field, "validation.customers.json-choice", current);
    }

    /** The address member merged onto the current address: its parts as a nested patch, {@code null} clears it. */
    Address address(String field, Address current) {
        if (!body.has(field)) {
            return current;
        }
        JsonNode value = body.get(field);
        if (value.isNull()) {
            return Address.empty();
        }
        if (!value.isObject()) {
            return reject(field, "validation.customers.json-object", current);
        }
        JsonFields part = new JsonFields(value, prefix + field + ".", problems)
                .rejectUnknown(Set.of("street", "postalCode", "city", "region", "country"), Set.of());
        return new Address(part.text("street", current.street()), part.text("postalCode", current.postalCode()),
                part.text("city", current.city()), part.text("region", current.region()), part.text("country", current.country()));
    }

    /** An object member, read like the body with its problems named {@code field.member}; an empty one if it is missing or null. */
    JsonFields object(String field) {
        JsonNode value = body.get(field);
        if (value != null && !value.isNull() && !value.isObject()) {
            reject(field, "validation.customers.json-object", null);
        }
        JsonNode object = value != null && value.isObject() ? value : tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        return new JsonFields(object, prefix + field + ".", problems);
    }

    /** Reports a required member that is missing. */
    void required(String field) {
        reject(field, "validation.customers.required", null);
    }

    /** The names of the members present. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        body.propertyNames().forEach(names::add);
        return names;
    }

    /** @throws InvalidInputException if any member had the wrong type or is unknown */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private <T> T reject(String field, String code, T current) {
        reject(field, code);
        return current;
    }

    /** Records a problem the caller found in a field's value. */
    void reject(String field, String code) {
        problems.add(new FieldProblem(prefix + field, code));
    }

    private static Long idOf(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isString() && value.stringValue().strip().matches("[0-9]{1,18}")) {
            return Long.parseLong(value.stringValue().strip());
        }
        return null;
    }
}
