package org.clientele.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Back to the sign-in page, saying whether the account is locked or the credentials were wrong;
 * or, when the password was right but a second factor is needed, on to the code page.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    static final String CODE_PAGE = "/login/code";

    private final TwoFactorSignIn twoFactor;

    SignInFailureHandler(TwoFactorSignIn twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof SecondFactorRequiredException secondFactor) {
            twoFactor.begin(request, secondFactor.userId());
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        String reason = exception instanceof LockedException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
