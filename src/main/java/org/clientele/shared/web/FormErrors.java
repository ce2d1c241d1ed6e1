package org.clientele.shared.web;

import org.clientele.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Puts the problems the service found next to the form fields they belong to: {@code emails[2]}
 * goes to the e-mail field, {@code address.city} to the city field.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult errors, InvalidInputException ex) {
        ex.problems().forEach(problem -> errors.rejectValue(formField(problem.field()), problem.messageCode(), problem.arguments(),
                null));
    }

    public static String formField(String field) {
        String withoutIndex = field.replaceAll("\\[\\d+]$", "");
        return withoutIndex.startsWith("address.") ? withoutIndex.substring("address.".length()) : withoutIndex;
    }
}
