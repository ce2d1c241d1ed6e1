package org.clientele.platform.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Loads the CSRF token before a page is rendered. Left to the first form that needs it, the token
 * may be created (and with it the session) after Thymeleaf has already sent part of a long page,
 * when no session can be created any more.
 */
@ControllerAdvice
class CsrfTokenAdvice {

    @ModelAttribute
    void loadCsrfToken(CsrfToken token) {
        if (token != null) {
            token.getToken();
        }
    }
}
