package org.clientele.shared.web;

import java.util.Map;

import org.clientele.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads API request bodies into input records strictly: a member the record does not have or a
 * value of the wrong type becomes a field problem (422) naming the member's path, never a 400
 * with a parser message. Merge patches (RFC 7396) are applied onto the current values first.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Reads a whole body, such as a new record's. */
    public static <T> T read(JsonMapper json, JsonNode body, Class<T> type) {
        try {
            return json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().treeToValue(requireObject(body), type);
        }
        catch (UnrecognizedPropertyException unknown) {
            throw InvalidInputException.of(path(unknown), "validation.customers.json-unknown");
        }
        catch (DatabindException wrongType) {
            throw InvalidInputException.of(path(wrongType), "validation.json-type");
        }
    }

    /** Reads a JSON merge patch onto the current members: left out keeps, null clears, anything else replaces. */
    public static <T> T patched(JsonMapper json, T current, JsonNode patch, Class<T> type) {
        ObjectNode merged = json.valueToTree(current);
        merge(merged, requireObject(patch));
        return read(json, merged, type);
    }

    private static JsonNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "validation.customers.json-object");
        }
        return body;
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            JsonNode value = member.getValue();
            if (value.isNull()) {
                target.putNull(member.getKey());
            }
            else if (value.isObject() && target.get(member.getKey()) instanceof ObjectNode nested) {
                merge(nested, value);
            }
            else {
                target.set(member.getKey(), value);
            }
        }
    }

    private static String path(DatabindException problem) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : problem.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            }
            else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
