package org.clientele.identity.web;

import org.clientele.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts the field problems a service found onto the form, next to the fields at fault. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, InvalidInputException ex) {
        ex.problems().forEach(problem -> errors.rejectValue(problem.field(), problem.messageCode(), problem.arguments(), null));
    }
}
