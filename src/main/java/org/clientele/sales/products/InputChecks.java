package org.clientele.sales.products;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;

/** Gathers every problem of one input of the products area, so that one answer names them all. */
final class InputChecks {

    /** The largest amount a {@code numeric(19, 4)} column holds, in whole units. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999");

    private final List<FieldProblem> problems = new ArrayList<>();

    void reject(String field, String code, Object... arguments) {
        problems.add(new FieldProblem(field, code, arguments));
    }

    /** Stripped text, {@code null} when blank; a problem when longer than allowed. */
    String text(String field, String value, int maxLength) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > maxLength) {
            reject(field, "validation.products.too-long", maxLength);
        }
        return stripped;
    }

    String requiredText(String field, String value, int maxLength) {
        String text = text(field, value, maxLength);
        if (text == null) {
            reject(field, "validation.products.required");
        }
        return text;
    }

    <T> T required(String field, T value) {
        if (value == null) {
            reject(field, "validation.products.required");
        }
        return value;
    }

    /** A currency code in capitals, or {@code null} with a problem. */
    CurrencyCode currency(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "validation.products.required");
            return null;
        }
        if (!CurrencyCode.isValid(value)) {
            reject(field, "validation.products.currency-unknown");
            return null;
        }
        return CurrencyCode.of(value);
    }

    /** An amount of zero or more with at most four decimals, as the columns keep it. */
    BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            reject(field, "validation.products.required");
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
            reject(field, "validation.products.amount-range");
        }
        else if (value.stripTrailingZeros().scale() > 4) {
            reject(field, "validation.products.amount-scale");
        }
        return value;
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
