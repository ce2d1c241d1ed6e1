package org.clientele.shared.web;

import org.clientele.shared.InvalidInputException;
import org.springframework.ui.Model;
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

    /**
     * A form record whose constructor could not take every value (a text where a number belongs) is
     * built without those values, and Spring leaves it out of the model; this puts it back with its
     * problems, so that the page shows the form with a message at the field instead of failing.
     */
    public static void keepPartlyBound(Model model, String name, Object form, BindingResult errors) {
        if (form != null && model.getAttribute(name) == null) {
            model.addAttribute(name, form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        }
    }

    public static String formField(String field) {
        String withoutIndex = field.replaceAll("\\[\\d+]$", "");
        return withoutIndex.startsWith("address.") ? withoutIndex.substring("address.".length()) : withoutIndex;
    }
}
