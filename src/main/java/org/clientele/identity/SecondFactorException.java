package org.clientele.identity;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/** {@code POST /api/v1/auth/token} refuses a right password for want of a second factor. */
public class SecondFactorException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Reason reason;

    SecondFactorException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        /** The user signs in with a second factor and sent no code. */
        CODE_REQUIRED,
        /** The code was wrong, too old or used already; counted as a failed sign-in. */
        CODE_REJECTED,
        /** A role of the user requires two-factor sign-in, which they have not set up yet. */
        ENROLMENT_REQUIRED
    }
}
