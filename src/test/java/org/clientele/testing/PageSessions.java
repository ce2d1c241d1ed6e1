package org.clientele.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Signs in through the real sign-in form and hands back the session cookie, so that MockMvc
 * requests carrying it act as that user on pages, exactly as a browser would.
 */
public final class PageSessions {

    /** The name of the Spring Session cookie. */
    public static final String COOKIE = "SESSION";

    private PageSessions() {
    }

    /** Signs in with the given credentials; fails the test unless the form accepts them. */
    public static Cookie signIn(MockMvcTester mvc, String email, String password) {
        MvcTestResult result = mvc.post().uri("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .exchange();
        assertThat(result).as("sign-in of %s", email).hasStatus3xxRedirection().hasRedirectedUrl("/");
        Cookie session = result.getResponse().getCookie(COOKIE);
        assertThat(session).as("session cookie after signing in %s", email).isNotNull();
        return session;
    }

    /** Signs in as the administrator every {@link ClienteleTest} context starts with. */
    public static Cookie signInAsAdministrator(MockMvcTester mvc) {
        return signIn(mvc, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
    }
}
