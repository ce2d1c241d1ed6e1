package org.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Preferences;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.PageClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The pages as a signed-in person sees them: sign-in, error pages, permissions, profile and sign-out. */
@ClienteleTest
class PagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Autowired
    UserManagement users;

    @Autowired
    SetupStatus setupStatus;

    @LocalServerPort
    int port;

    /** Other test classes share this application and its administrator, so every change is undone. */
    @AfterEach
    void restoreAdministrator() {
        users.changePreferences(administratorId(), new Preferences(TestUsers.ADMIN_NAME, "en", "UTC"));
    }

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() {
        for (String path : List.of("/", "/profile", "/admin/jobs")) {
            MvcTestResult result = mvc.get().uri(path).exchange();
            assertThat(result).as(path).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
        }
    }

    @Test
    void unknownPageShowsTheNotFoundPageWithTheRequestId() {
        PageClient client = new PageClient(port);
        client.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        HttpResponse<String> response = client.get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo(message("error.404.title"));
        assertThat(page.select("#content").text()).contains(message("error.request-id", requestId));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.springframework");
    }

    @Test
    void administratorSeesTheBackgroundJobs() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            MvcTestResult result = mvc.get().uri("/admin/jobs").cookie(session).exchange();
            assertThat(result).hasStatusOk().hasViewName("platform/jobs");
            assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("[data-testid=jobs] tbody tr > td:first-child")
                    .eachText()).contains("event-publication-maintenance");
        });

        Document home = page(mvc.get().uri("/").cookie(session).exchange());
        assertThat(home.select("a[href=\"/admin/jobs\"]")).as("links to the jobs page").isNotEmpty();
    }

    @Test
    void userWithoutTheSettingsPermissionGetsTheForbiddenPage() {
        TestAccounts.Account plain = TestAccounts.create(context, "Pat Plain", Set.of());
        PageClient client = new PageClient(port);
        client.signIn(plain.email(), plain.password());

        HttpResponse<String> jobs = client.get("/admin/jobs");

        assertThat(jobs.statusCode()).isEqualTo(403);
        assertThat(jobs.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(jobs.body());
        assertThat(page.select("h1").text()).isEqualTo(message("error.403.title"));
        assertThat(page.select("#content").text())
                .contains(message("error.request-id", jobs.headers().firstValue("X-Request-Id").orElseThrow()));
        assertThat(page.select("[data-testid=jobs]")).isEmpty();

        HttpResponse<String> home = client.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).select("a[href=\"/admin/jobs\"]")).as("links to the jobs page").isEmpty();
    }

    @Test
    void profileChangesShowOnTheNextPage() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        Document before = page(mvc.get().uri("/profile").cookie(session).exchange());
        assertThat(before.select("html").attr("lang")).isEqualTo("en");
        assertThat(before.select("#fullName").val()).isEqualTo(TestUsers.ADMIN_NAME);

        MvcTestResult saved = mvc.post().uri("/profile").cookie(session).with(csrf())
                .param("fullName", "Ada Administratorin")
                .param("language", "de")
                .param("timeZone", "Europe/Berlin")
                .exchange();

        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/profile");
        Document after = page(mvc.get().uri("/profile").cookie(session).exchange());
        assertThat(after.select("html").attr("lang")).isEqualTo("de");
        assertThat(after.select("#fullName").val()).isEqualTo("Ada Administratorin");
        assertThat(after.select("#language option[selected]").val()).isEqualTo("de");
        assertThat(after.select("#timeZone option[selected]").val()).isEqualTo("Europe/Berlin");
        assertThat(after.select("nav").text()).contains("Ada Administratorin");
        UserAccount stored = users.find(administratorId()).orElseThrow();
        assertThat(stored.fullName()).isEqualTo("Ada Administratorin");
        assertThat(stored.locale()).isEqualTo(Locale.GERMAN);
        assertThat(stored.timeZone().getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void invalidProfileInputShowsFieldErrorsAndChangesNothing() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);

        MvcTestResult blankName = mvc.post().uri("/profile").cookie(session).with(csrf())
                .param("fullName", " ")
                .param("language", "en")
                .param("timeZone", "Europe/Berlin")
                .exchange();

        assertThat(blankName).hasStatusOk().hasViewName("identity/profile");
        Document page = page(blankName);
        assertThat(page.select("#fullName-errors > div").eachText()).containsExactly(message("NotBlank"));
        assertThat(page.select("#timeZone-errors")).isEmpty();

        MvcTestResult unknownZone = mvc.post().uri("/profile").cookie(session).with(csrf())
                .param("fullName", "Someone Else")
                .param("language", "en")
                .param("timeZone", "Atlantis/Capital")
                .exchange();

        assertThat(unknownZone).hasStatusOk().hasViewName("identity/profile");
        page = page(unknownZone);
        assertThat(page.select("#timeZone-errors > div").eachText()).containsExactly(message("validation.time-zone.unknown"));
        assertThat(page.select("#fullName-errors")).isEmpty();

        UserAccount stored = users.find(administratorId()).orElseThrow();
        assertThat(stored.fullName()).isEqualTo(TestUsers.ADMIN_NAME);
        assertThat(stored.timeZone().getId()).isEqualTo("UTC");
    }

    @Test
    void signingOutEndsTheSession() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatusOk();

        MvcTestResult logout = mvc.post().uri("/logout").cookie(session).with(csrf()).exchange();

        assertThat(logout).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?logout");
        assertThat(mvc.get().uri("/").cookie(session).exchange()).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/login");
    }

    private long administratorId() {
        return setupStatus.firstAdministratorId().orElseThrow();
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.ENGLISH);
    }

    private static Document page(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString());
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
