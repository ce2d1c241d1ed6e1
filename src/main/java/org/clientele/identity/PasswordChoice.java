package org.clientele.identity;

import java.util.ArrayList;
import java.util.List;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Sets a password the user chose through a link sent by mail: it must meet the policy, it ends
 * any lockout, and every session of the user ends, so that whoever knew the old one is out.
 */
@Component
class PasswordChoice {

    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SessionTerminator sessions;

    PasswordChoice(PasswordPolicy policy, PasswordEncoder encoder, SessionTerminator sessions) {
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    /** @throws InvalidInputException if the password breaks the policy or the two entries differ */
    void check(User user, ChosenPassword form) {
        List<FieldProblem> problems = new ArrayList<>(policy.check("password", form.password(), user.getEmail()));
        if (!form.password().equals(form.passwordConfirmation())) {
            problems.add(new FieldProblem("passwordConfirmation", "validation.password.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    void apply(User user, ChosenPassword form) {
        user.setChosenPassword(encoder.encode(form.password()));
        sessions.endSessionsOf(user.getEmail());
    }
}
