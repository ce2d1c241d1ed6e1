package org.clientele.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords are at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, not the
 * e-mail address or its name part, and not on the shipped list of commonly used passwords.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> commonPasswords;

    PasswordPolicy() {
        this.commonPasswords = loadCommonPasswords();
    }

    List<FieldProblem> check(String field, String password, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(new FieldProblem(field, "validation.password.too-short", MIN_LENGTH));
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(new FieldProblem(field, "validation.password.too-long", MAX_LENGTH));
        }
        String lowered = password.toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            int at = address.indexOf('@');
            String name = at > 0 ? address.substring(0, at) : address;
            if (lowered.equals(address) || lowered.equals(name)) {
                problems.add(new FieldProblem(field, "validation.password.is-email"));
            }
        }
        if (commonPasswords.contains(lowered)) {
            problems.add(new FieldProblem(field, "validation.password.common"));
        }
        return problems;
    }

    private static Set<String> loadCommonPasswords() {
        var resource = new ClassPathResource("identity/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The list of common passwords is missing from the application", ex);
        }
    }
}
