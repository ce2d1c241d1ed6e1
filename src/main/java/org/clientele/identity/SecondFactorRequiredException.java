package org.clientele.identity;

import java.io.Serial;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right, but the user signs in with a second factor: the sign-in form does not
 * sign them in yet and {@link SignInFailureHandler} sends them to the code page. An
 * {@link AccountStatusException}, so that no other provider is asked and nothing is counted as a
 * wrong password.
 */
class SecondFactorRequiredException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;

    SecondFactorRequiredException(long userId) {
        super("A second factor is needed");
        this.userId = userId;
    }

    long userId() {
        return userId;
    }
}
