package org.clientele.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs in through the sign-in form, as a browser does, and hands back the session cookie, so
 * that page requests run as that user through the whole filter chain and the stored session.
 */
public final class FormSignIn {

    /** The cookie Spring Session keeps the session id in. */
    public static final String SESSION_COOKIE = "SESSION";

    private FormSignIn() {
    }

    /** Signs in and returns the session cookie; fails the test if the sign-in is refused. */
    public static Cookie session(MockMvc mvc, String email, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andReturn().getResponse();
        String location = response.getRedirectedUrl();
        assertThat(response.getStatus()).as("status of signing in as %s", email).isEqualTo(302);
        assertThat(location).as("where signing in as %s leads", email).isNotNull();
        assertThat(URI.create(location).getPath()).as("where signing in as %s leads", email).isNotEqualTo("/login");
        Cookie session = response.getCookie(SESSION_COOKIE);
        assertThat(session).as("session cookie after signing in as %s", email).isNotNull();
        assertThat(session.getValue()).as("session cookie after signing in as %s", email).isNotBlank();
        return new Cookie(SESSION_COOKIE, session.getValue());
    }
}
