package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.clientele.shared.PageRequest;
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
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A user makes a personal access token on the profile pages, sees it once, finds it listed and revokes it. */
@ClienteleTest
class PersonalAccessTokenPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserManagement users;

    @Autowired
    PersonalAccessTokens tokens;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationContext context;

    UserAccount seller;

    Cookie session;

    @BeforeEach
    void signIn() {
        TestAccounts.Account account = TestAccounts.create(context, "Sam Seller", Set.of(Role.SALES));
        seller = account.user();
        session = PageSessions.signIn(mvc, account.email(), account.password());
    }

    @Test
    void tokenIsMadeShownOnceListedAndRevoked() throws Exception {
        Document profile = page(mvc.get().uri("/profile").cookie(session).exchange());
        assertThat(profile.select("a[href=/profile/tokens]")).isNotEmpty();

        Document empty = page(mvc.get().uri("/profile/tokens").cookie(session).exchange());
        assertThat(empty.select("[data-testid=tokens-empty]").text()).isEqualTo(message("tokens.empty"));

        Document form = page(mvc.get().uri("/profile/tokens/new").cookie(session).exchange());
        assertThat(form.select("input[name=scopes]").eachAttr("value"))
                .containsExactlyElementsOf(Role.SALES.permissions().stream().sorted().map(Permission::code).toList())
                .doesNotContain("users:admin");
        assertThat(form.select("#expiresOn").val()).isEqualTo(LocalDate.now(ZoneId.of("UTC")).plusDays(90).toString());
        assertThat(form.select("#expiresOn").attr("max")).isEqualTo(LocalDate.now(ZoneId.of("UTC")).plusYears(1).toString());

        MvcTestResult created = mvc.post().uri("/profile/tokens/new").cookie(session).with(csrf())
                .param("name", "Spreadsheet sync")
                .param("expiresOn", LocalDate.now(ZoneId.of("UTC")).plusDays(30).toString())
                .param("scopes", "customers:read")
                .exchange();

        assertThat(created).hasStatusOk().hasViewName("identity/token-created");
        assertThat(created.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        Document shown = page(created);
        String token = shown.select("[data-testid=token-secret]").val();
        assertThat(token).matches("clt_[0-9A-Za-z]{40}");
        assertThat(shown.select(".alert-warning").text()).contains(message("tokens.created.warning.text"));

        MvcTestResult listed = mvc.get().uri("/profile/tokens").cookie(session).exchange();
        assertThat(listed.getResponse().getContentAsString()).doesNotContain(token.substring(10));
        Document list = page(listed);
        assertThat(list.select("[data-testid=tokens] tbody tr")).hasSize(1);
        assertThat(list.select("[data-testid=tokens] tbody td").eachText())
                .contains("Spreadsheet sync", token.substring(0, 10) + "…", "customers:read", message("tokens.never-used"));

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk().bodyJson().extractingPath("$.permissions").asArray().containsExactly("customers:read");
        list = page(mvc.get().uri("/profile/tokens").cookie(session).exchange());
        assertThat(list.select("[data-testid=tokens] tbody td:nth-child(5)").text()).isNotBlank()
                .isNotEqualTo(message("tokens.never-used"));
        String revokePath = list.select("[data-testid=revoke]").attr("href");

        Document confirmation = page(mvc.get().uri(revokePath).cookie(session).exchange());
        assertThat(confirmation.select("h1").text()).isEqualTo(message("tokens.revoke.title", "Spreadsheet sync"));

        MvcTestResult revoked = mvc.post().uri(revokePath).cookie(session).with(csrf()).exchange();

        assertThat(revoked).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/profile/tokens");
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(page(mvc.get().uri("/profile/tokens").cookie(session).exchange()).select("[data-testid=tokens-empty]"))
                .isNotEmpty();
    }

    @Test
    void invalidFormShowsFieldErrorsAndMakesNoToken() throws Exception {
        MvcTestResult invalid = mvc.post().uri("/profile/tokens/new").cookie(session).with(csrf())
                .param("name", " ")
                .param("expiresOn", LocalDate.now(ZoneId.of("UTC")).plusYears(2).toString())
                .param("scopes", "users:admin")
                .exchange();

        assertThat(invalid).hasStatusOk().hasViewName("identity/token-form");
        Document form = page(invalid);
        assertThat(form.select("#name-errors").text()).isEqualTo(message("NotBlank"));
        assertThat(form.select("#scopes-errors").text()).isEqualTo(message("validation.token.scope-not-held", "users:admin"));
        assertThat(form.select("#expiresOn-errors").text())
                .isEqualTo(message("validation.token.expiry-too-late", LocalDate.now(ZoneId.of("UTC")).plusYears(1).toString()));

        MvcTestResult noScopes = mvc.post().uri("/profile/tokens/new").cookie(session).with(csrf())
                .param("name", "nothing")
                .param("expiresOn", "")
                .exchange();

        Document second = page(noScopes);
        assertThat(second.select("#scopes-errors").text()).isEqualTo(message("validation.token.scopes-empty"));
        assertThat(second.select("#expiresOn-errors").text()).isEqualTo(message("validation.token.expiry-required"));
        assertThat(second.select("#name-errors")).isEmpty();

        MvcTestResult badDate = mvc.post().uri("/profile/tokens/new").cookie(session).with(csrf())
                .param("name", "typo")
                .param("expiresOn", "31/12/2026")
                .param("scopes", "customers:read")
                .exchange();

        Document third = page(badDate);
        assertThat(third.select("#expiresOn-errors").text()).isEqualTo(message("typeMismatch.java.time.LocalDate"));
        assertThat(third.select("#name").val()).isEqualTo("typo");

        assertThat(tokens.list(seller.id(), PageRequest.of(null, null, null, PersonalAccessTokens.DEFAULT_SORT)).data()).isEmpty();
    }

    @Test
    void someoneElsesTokenCannotBeRevokedHere() {
        UserAccount other = users.createWithoutPassword("other-" + UUID.randomUUID() + "@clientele.test", "Olga Other",
                Locale.ENGLISH, ZoneId.of("UTC"), Set.of(Role.SALES));
        CreatedPersonalAccessToken theirs = tokens.create(other.id(),
                new NewPersonalAccessToken("theirs", Set.of("customers:read"), Instant.now().plus(1, ChronoUnit.DAYS)));

        assertThat(mvc.get().uri("/profile/tokens/" + theirs.token().id() + "/revoke").cookie(session))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/profile/tokens/" + theirs.token().id() + "/revoke").cookie(session).with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + theirs.secret())).hasStatusOk();
    }

    private static Document page(MvcTestResult result) throws UnsupportedEncodingException {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.ENGLISH);
    }
}
