package org.clientele.sales.requests;

import java.util.List;
import java.util.Map;

import org.clientele.shared.InvalidInputException.FieldProblem;

/**
 * What became of a post to a public web form.
 *
 * @param request the request it created, with {@link Outcome#CREATED}; otherwise {@code null}
 * @param problems the fields at fault, with {@link Outcome#INVALID}
 * @param values what was posted to the form's fields, to show the form again
 */
public record WebFormPost(Outcome outcome, RequestView request, List<FieldProblem> problems, Map<String, String> values) {

    public enum Outcome {
        CREATED,
        /** A required field is missing or a value cannot be read. */
        INVALID,
        /** The hidden honeypot field was filled in: a robot. */
        HONEYPOT,
        STOP_PHRASE,
        BANNED_COMPANY,
        /** More than {@value PostRateLimit#LIMIT} posts a minute from one address. */
        RATE_LIMITED
    }

    public WebFormPost {
        problems = List.copyOf(problems);
        values = Map.copyOf(values);
    }

    static WebFormPost refused(Outcome outcome, Map<String, String> values) {
        return new WebFormPost(outcome, null, List.of(), values);
    }

    public boolean created() {
        return outcome == Outcome.CREATED;
    }
}
