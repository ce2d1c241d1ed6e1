package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;

/** Collects every problem with a form of this area, field by field; {@link #throwIfAny()} ends the check. */
final class Checks {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

    String required(String field, String value, int maxLength) {
        String stripped = optional(field, value, maxLength);
        if (stripped == null) {
            reject(field, "validation.customers.required");
        }
        return stripped;
    }

    /** A percentage from 0 to 100 with at most two decimals, or {@code null}. */
    BigDecimal percent(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2)) {
            reject(field, "validation.deals.percent");
        }
        return value;
    }

    /** An amount that fits the amount columns (15 digits before the point, 4 after), or {@code null}. */
    BigDecimal amount(String field, BigDecimal value, boolean negativeAllowed) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        if ((!negativeAllowed && value.signum() < 0) || plain.scale() > 4 || plain.precision() - plain.scale() > 15) {
            reject(field, "validation.deals.amount");
        }
        return value;
    }

    /** The currency code in capitals, or a problem. */
    String currency(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "validation.customers.required");
            return null;
        }
        if (!CurrencyCode.isValid(value)) {
            reject(field, "validation.deals.currency");
            return null;
        }
        return CurrencyCode.of(value).value();
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
