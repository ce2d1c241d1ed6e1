package org.clientele.sales.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The request pages (inbox with filters, entering a request, the match panel, close and delete)
 * and the web-form pages (setting one up, its embed snippets, its public page and a post from it).
 */
@ClienteleTest
class RequestPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    private Cookie admin;
    private SalesApi api;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        api = new SalesApi(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void aRequestEnteredOnThePageIsMatchedAndTheMatchIsConfirmedOnItsPage() {
        String word = SalesApi.unique();
        String contactId = api.create("/api/v1/contacts?allowDuplicates=true",
                "{\"firstName\": \"Paula\", \"lastName\": \"Page " + word + "\", \"emails\": [\"paula-" + word + "@example.org\"]}");

        MvcTestResult refused = post("/requests", "firstName", " ", "email", "not-an-address", "ownerId",
                Long.toString(setup.firstAdministratorId().orElseThrow()));
        assertThat(refused).hasStatusOk();
        assertThat(html(refused).select("#email-errors").text()).isNotBlank();

        MvcTestResult created = post("/requests", "source", "EMAIL", "firstName", "Paula", "lastName", "Sender", "email",
                "paula-" + word + "@example.org", "subject", "Subject " + word, "message", "Hello", "pending", "true", "ownerId",
                Long.toString(setup.firstAdministratorId().orElseThrow()));
        assertThat(created).hasStatus3xxRedirection();
        String path = created.getResponse().getRedirectedUrl();

        Document page = html(mvc.get().uri(path).cookie(admin).exchange());
        assertThat(page.select("[data-testid=request-subject]").text()).isEqualTo("Subject " + word);
        assertThat(page.select("[data-testid=match-unverified]")).hasSize(1);
        assertThat(page.select("[data-testid=matched-contact]").attr("href")).isEqualTo("/contacts/" + contactId);
        assertThat(page.select("[data-testid=matched-contact]").text()).isEqualTo("Paula Page " + word);
        assertThat(page.select("[data-testid=match-candidates] li").text()).contains("Paula Page " + word);

        assertThat(post(path + "/match", "action", "confirm")).hasStatus3xxRedirection();
        Document confirmed = html(mvc.get().uri(path).cookie(admin).exchange());
        assertThat(confirmed.select("[data-testid=match-verified]")).hasSize(1);
        assertThat(confirmed.select("[data-testid=request-status]").text()).isEqualTo("In progress");

        Document inbox = html(mvc.get().uri("/requests?flag=pending&q=paula-" + word).cookie(admin).exchange());
        assertThat(inbox.select("nav.navbar a[href=/requests]")).as("navigation entry").hasSize(1);
        assertThat(inbox.select("[data-testid=requests] tbody tr")).hasSize(1);
        assertThat(html(mvc.get().uri("/requests?flag=duplicate&q=paula-" + word).cookie(admin).exchange())
                .select("[data-testid=requests-no-match]")).hasSize(1);
        assertThat(mvc.get().uri("/requests?q=paula-" + word).cookie(admin).header("HX-Request", "true").exchange())
                .bodyText().doesNotContain("<html");

        assertThat(confirmed.select("[data-testid=create-deal]")).hasSize(1);

        assertThat(post(path + "/close")).hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri(path).cookie(admin).exchange()).select("[data-testid=reopen]")).hasSize(1);
        assertThat(html(mvc.get().uri(path + "/delete").cookie(admin).exchange()).select("[data-testid=confirm-delete]")).hasSize(1);
        assertThat(post(path + "/delete")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(path).cookie(admin).exchange()).hasStatus(404);
    }

    @Test
    void anAdministratorSetsUpAFormAndItsOwnPageTakesAPost() throws Exception {
        String word = SalesApi.unique();
        String source = api.create("/api/v1/lead-sources", "{\"name\": \"Page source " + word + "\"}");
        String owner = Long.toString(setup.firstAdministratorId().orElseThrow());

        MvcTestResult refused = post("/admin/web-forms", "name", "Form " + word, "leadSourceId", source, "fields", "LAST_NAME",
                "requiredFields", "LAST_NAME", "allowedOrigins", "https://www.example.com/path", "ownerId", owner, "active", "true");
        Document errors = html(refused);
        assertThat(errors.select("#requiredFields-errors").text()).isNotBlank();
        assertThat(errors.select("#allowedOrigins-errors").text()).isNotBlank();

        MvcTestResult created = post("/admin/web-forms", "name", "Form " + word, "leadSourceId", source, "fields", "EMAIL",
                "fields", "MESSAGE", "fields", "LAST_NAME", "requiredFields", "EMAIL", "requiredFields", "MESSAGE",
                "allowedOrigins", "https://www.example.com\nhttps://shop.example.com", "stopPhrases", "viagra", "ownerId", owner,
                "active", "true");
        assertThat(created).hasStatus3xxRedirection();
        Document setUp = html(mvc.get().uri(created.getResponse().getRedirectedUrl()).cookie(admin).exchange());
        String address = setUp.select("[data-testid=public-address]").text();
        assertThat(address).contains("/forms/");
        assertThat(setUp.select("[data-testid=iframe-snippet]").text()).contains("<iframe src=\"" + address + "\"");
        assertThat(setUp.select("[data-testid=html-snippet]").text()).contains("action=\"" + address + "\"", "name=\"email\"",
                "name=\"" + WebFormSubmissions.HONEYPOT + "\"");
        assertThat(html(mvc.get().uri("/admin/web-forms").cookie(admin).exchange()).select("[data-testid=web-forms]").text())
                .contains("Form " + word);

        String path = address.substring(address.indexOf("/forms/"));
        Document publicPage = html(mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange());
        assertThat(publicPage.select("[data-testid=public-form] input[name=email][required]")).hasSize(1);
        assertThat(publicPage.select("nav.navbar")).as("a page of its own, without the application's navigation").isEmpty();

        MvcTestResult missing = mvc.post().uri(path).accept(MediaType.TEXT_HTML).param("email", "visitor-" + word + "@example.org").exchange();
        assertThat(missing).hasStatus(422);
        assertThat(html(missing).select("#message-error").text()).as(missing.getResponse().getContentAsString()).isNotBlank();
        MvcTestResult thanked = mvc.post().uri(path).accept(MediaType.TEXT_HTML).param("email", "visitor-" + word + "@example.org").param("message", "Hello")
                .param("lastName", "Visitor").exchange();
        assertThat(thanked).hasStatus(201);
        assertThat(html(thanked).select("[data-testid=form-message]").text()).contains("R-");
        List<String> sources = jdbc.sql("select source from requests where email = ?").param("visitor-" + word + "@example.org")
                .query(String.class).list();
        assertThat(sources).containsExactly("WEB_FORM");
    }

    private MvcTestResult post(String path, String... params) {
        var request = mvc.post().uri(path).with(csrf()).cookie(admin);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
