package org.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.clientele.platform.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class UserLocaleResolverTests {

    private final UserLocaleResolver resolver = new UserLocaleResolver();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rendersPagesInTheSignedInUsersLanguage() {
        signIn(new User(Locale.GERMAN, ZoneId.of("Europe/Berlin")));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addPreferredLocale(Locale.US);

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void usesTheBrowsersLanguageBeforeSignIn() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addPreferredLocale(Locale.forLanguageTag("es-MX"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("es"));
    }

    private static void signIn(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private record User(Locale locale, ZoneId timeZone) implements SignedInUser {

        @Override
        public long userId() {
            return 1;
        }

        @Override
        public String email() {
            return "ada@example.com";
        }

        @Override
        public String displayName() {
            return "Ada Lovelace";
        }
    }
}
