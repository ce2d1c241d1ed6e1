package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Without {@code spring.mail.host}, the pages say that no mail can be sent instead of pretending to send it. */
@ClienteleTest
class MailNotConfiguredTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theInviteFormSaysSoAndOffersTheTemporaryPasswordInstead() {
        Cookie admin = PageSessions.signInAsAdministrator(mvc);
        Document page = page(mvc.get().uri("/admin/users/invite").cookie(admin).exchange());

        assertThat(page.select("[data-testid=mail-unavailable]").text()).contains("E-mail is not set up");
        assertThat(page.select("[data-testid=mail-unavailable] a[href=/admin/users/new]")).hasSize(1);
        assertThat(page.select("form[action=/admin/users/invite]")).as("a form that could not send").isEmpty();
    }

    @Test
    void postingAnInvitationAnywayCreatesNobody() {
        Cookie admin = PageSessions.signInAsAdministrator(mvc);
        MvcTestResult result = mvc.post().uri("/admin/users/invite").cookie(admin).with(csrf())
                .param("email", "not-invited@clientele.test").param("fullName", "Nora Not")
                .param("roles", "SALES").param("language", "en").param("timeZone", "UTC")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(page(result).select("[data-testid=mail-unavailable]")).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from users where email = 'not-invited@clientele.test'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void theResetPageSaysResetsAreUnavailableAndSendsNothing() {
        TestAccounts.Account account = TestAccounts.create(context, "Una Unmailed", Set.of(Role.SALES));
        Document page = page(mvc.get().uri("/password-reset").exchange());
        assertThat(page.select("[data-testid=reset-unavailable]").text()).contains("Ask an administrator");
        assertThat(page.select("form[action=/password-reset]")).isEmpty();

        MvcTestResult posted = mvc.post().uri("/password-reset").with(csrf()).param("email", account.email()).exchange();

        assertThat(posted).hasStatusOk();
        assertThat(page(posted).select("[data-testid=reset-unavailable]")).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from user_tokens where user_id = ?").param(account.user().id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theSignInPageLinksToThePasswordReset() {
        Document page = page(mvc.get().uri("/login").exchange());
        assertThat(page.select("a[data-testid=forgot-password][href=/password-reset]")).hasSize(1);
    }

    private static Document page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
