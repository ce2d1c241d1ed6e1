package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Users give their phone extension on their profile; it is checked, kept, cleared and shown to the API. */
@ClienteleTest
class PhoneExtensionTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtEncoder encoder;

    TestAccounts.Account user;

    Cookie session;

    @BeforeEach
    void signIn() {
        user = TestAccounts.create(context, "Ext Ension", Set.of(Role.SUPPORT));
        session = PageSessions.signIn(mvc, user.email(), user.password());
    }

    @Test
    void anExtensionIsSavedShownAndCleared() throws Exception {
        assertThat(save("4711#")).hasStatus3xxRedirection().hasRedirectedUrl("/profile");
        assertThat(profile().select("#phoneExtension").val()).isEqualTo("4711#");
        assertThat(stored()).isEqualTo("4711#");
        Instant now = Instant.now();
        String token = ApiTokensForTests.token(encoder, user.user().id(), now, now.plus(1, ChronoUnit.HOURS));
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk().bodyJson().extractingPath("$.phoneExtension").isEqualTo("4711#");

        assertThat(save("")).hasStatus3xxRedirection();
        assertThat(stored()).isNull();
    }

    @Test
    void anExtensionWithLettersIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
        save("200");

        MvcTestResult refused = save("12a");

        assertThat(refused).hasStatusOk().hasViewName("identity/profile");
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("#phoneExtension-errors").text())
                .isEqualTo(messages.getMessage("Pattern.phoneExtension", null, Locale.ENGLISH));
        assertThat(page.select("#phoneExtension").val()).isEqualTo("12a");
        assertThat(stored()).isEqualTo("200");
    }

    private MvcTestResult save(String extension) {
        return mvc.post().uri("/profile").cookie(session).with(csrf())
                .param("fullName", "Ext Ension").param("language", "en").param("timeZone", "UTC")
                .param("phoneExtension", extension).exchange();
    }

    private Document profile() throws Exception {
        return Jsoup.parse(mvc.get().uri("/profile").cookie(session).exchange().getResponse().getContentAsString());
    }

    private String stored() {
        return jdbc.sql("select phone_extension from users where id = ?").param(user.user().id()).query(String.class).list().get(0);
    }
}
