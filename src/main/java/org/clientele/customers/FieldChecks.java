package org.clientele.customers;

import java.util.ArrayList;
import java.util.List;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;

/**
 * Collects what is wrong with a form, field by field, so that one answer names every problem;
 * {@link #throwIfAny()} ends the check.
 */
final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    void reject(String field, String messageCode, Object... arguments) {
        problems.add(new FieldProblem(field, messageCode, arguments));
    }

    /** The text stripped, {@code null} if blank; a problem if it is longer than allowed. */
    String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            reject(field, "validation.customers.too-long", maxLength);
        }
        return stripped;
    }

    /** Like {@link #optional}, and a problem if it is missing. */
    String required(String field, String value, int maxLength) {
        String stripped = optional(field, value, maxLength);
        if (stripped == null) {
            reject(field, "validation.customers.required");
        }
        return stripped;
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
