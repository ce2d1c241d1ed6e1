package org.clientele.shared;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input broke a business rule that only the service can check. Shown as 422 with the fields at fault. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageCode, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageCode, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * @param field the input field at fault, as named in the form or JSON body
     * @param messageCode message key that says what is wrong
     * @param arguments values for the message's placeholders
     */
    public record FieldProblem(String field, String messageCode, Object... arguments) {
    }
}
