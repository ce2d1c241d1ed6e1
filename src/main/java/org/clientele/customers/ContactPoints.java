package org.clientele.customers;

import java.util.List;
import java.util.function.Function;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;

/**
 * How the customer records read an e-mail address, a phone number and a website, for other modules
 * that take them in from people (the sales requests) and must store them as customer records do,
 * so that the duplicate rules of {@link DuplicateDetection} find them. Each method returns the
 * normalised value, or adds a problem (the customers' validation messages) and returns the input.
 */
public final class ContactPoints {

    private ContactPoints() {
    }

    /** Trimmed and in lower case; {@code null} if blank. */
    public static String email(String field, String value, List<FieldProblem> problems) {
        return checked(problems, checks -> ContactDetails.email(checks, field, value));
    }

    /** In E.164, read in the given country (ISO code) unless it starts with +; {@code null} if blank. */
    public static String phone(String field, String value, String country, List<FieldProblem> problems) {
        return checked(problems, checks -> ContactDetails.phone(checks, field, value, Countries.normalize(country)));
    }

    /** An http(s) address with a host, {@code https://} added when no scheme is given; {@code null} if blank. */
    public static String website(String field, String value, List<FieldProblem> problems) {
        return checked(problems, checks -> ContactDetails.website(checks, field, value));
    }

    private static String checked(List<FieldProblem> problems, Function<FieldChecks, String> check) {
        FieldChecks checks = new FieldChecks();
        String value = check.apply(checks);
        try {
            checks.throwIfAny();
        }
        catch (InvalidInputException ex) {
            problems.addAll(ex.problems());
        }
        return value;
    }
}
