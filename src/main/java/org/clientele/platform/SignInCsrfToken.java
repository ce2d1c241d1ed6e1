package org.clientele.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Replaces the CSRF token when someone signs in, as Spring Security does, and makes the new one
 * at once, so that it is saved in the session with the sign-in. Left to the first page, it would
 * be made by each of the first pages that arrive together (several tabs, a load test sharing a
 * session): each saved its own token into the session, the last one won, and the forms of the
 * other pages carried a token that no longer counted.
 */
public final class SignInCsrfToken implements SessionAuthenticationStrategy {

    private final CsrfAuthenticationStrategy replacement = new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        replacement.onAuthentication(authentication, request, response);
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
