package org.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Before sign-in, pages speak the language chosen on the page or else the browser's, when it is
 * one of the translated ones; after sign-in, the user's own.
 */
@ClienteleTest
class LanguageTests {

    private static final String LANGUAGE_COOKIE = "clientele-language";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void signInPageSpeaksTheBrowserLanguage() throws Exception {
        assertPage(signInPage("de"), "de", "Anmelden");
        assertPage(signInPage("es-MX, es;q=0.9"), "es", "Iniciar sesión");
    }

    @Test
    void untranslatedBrowserLanguageFallsBackToEnglish() throws Exception {
        assertPage(signInPage("fr"), "en", "Sign in");
    }

    @Test
    void languageChosenOnThePageIsRememberedOverTheBrowserLanguage() throws Exception {
        MvcTestResult chosen = mvc.get().uri("/login?lang=es").header(HttpHeaders.ACCEPT_LANGUAGE, "de").exchange();
        assertPage(chosen, "es", "Iniciar sesión");
        assertThat(chosen).cookies().hasValue(LANGUAGE_COOKIE, "es");

        Cookie cookie = chosen.getResponse().getCookie(LANGUAGE_COOKIE);
        MvcTestResult later = mvc.get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "de").cookie(cookie).exchange();
        assertPage(later, "es", "Iniciar sesión");
    }

    @Test
    void signedInUserSeesTheirOwnLanguageWhateverTheBrowserAsks() throws Exception {
        // The administrator's profile says English.
        MvcTestResult home = mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de")
                .with(user(users.loadUserByUsername(TestUsers.ADMIN_EMAIL))).exchange();
        assertPage(home, "en", "Welcome, " + TestUsers.ADMIN_NAME);
    }

    private MvcTestResult signInPage(String acceptLanguage) {
        return mvc.get().uri("/login").header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage).exchange();
    }

    private static void assertPage(MvcTestResult result, String language, String heading) throws UnsupportedEncodingException {
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
        assertThat(page.selectFirst("h1").text()).isEqualTo(heading);
    }
}
