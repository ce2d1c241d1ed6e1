package org.clientele.sales.requests.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON body or merge patch of the requests API: a member that is absent keeps the given
 * current value, {@code null} clears it; members of the wrong type and unknown members are
 * collected as problems and reported together (422).
 */
final class JsonInput {

    private final JsonNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonInput(JsonNode body) {
        this.body = body;
    }

    static JsonInput of(JsonNode body, Set<String> known) {
        JsonInput input = new JsonInput(body);
        if (body == null || !body.isObject()) {
            input.problems.add(new FieldProblem("body", "validation.customers.json-object"));
            return input;
        }
        body.propertyNames().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> input.problems.add(new FieldProblem(name, "validation.customers.json-unknown")));
        return input;
    }

    String text(String field, String current) {
        JsonNode value = member(field);
        if (value == null) {
            return current;
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(field, "validation.customers.json-text"));
            return current;
        }
        return value.stringValue();
    }

    /** An id, sent as a string (as the API writes them) or a number. */
    Long id(String field, Long current) {
        JsonNode value = member(field);
        if (value == null) {
            return current;
        }
        if (value.isNull()) {
            return null;
        }
        try {
            if (value.isIntegralNumber()) {
                return value.longValue();
            }
            if (value.isString()) {
                return Long.parseLong(value.stringValue().strip());
            }
        }
        catch (NumberFormatException ex) {
            // reported below
        }
        problems.add(new FieldProblem(field, "validation.customers.json-id"));
        return current;
    }

    boolean bool(String field, boolean current) {
        JsonNode value = member(field);
        if (value == null) {
            return current;
        }
        if (!value.isBoolean()) {
            problems.add(new FieldProblem(field, "validation.customers.json-boolean"));
            return current;
        }
        return value.booleanValue();
    }

    List<String> texts(String field, List<String> current) {
        JsonNode value = member(field);
        if (value == null) {
            return current;
        }
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || !value.values().stream().allMatch(JsonNode::isString)) {
            problems.add(new FieldProblem(field, "validation.customers.json-texts"));
            return current;
        }
        return value.values().stream().map(JsonNode::stringValue).toList();
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, E current) {
        String text = text(field, current == null ? null : current.name());
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            problems.add(new FieldProblem(field, "validation.requests.choice-unknown"));
            return current;
        }
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private JsonNode member(String field) {
        return body == null || !body.isObject() ? null : body.get(field);
    }
}
