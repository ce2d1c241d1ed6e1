package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.VisibilityFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Consent and communication preferences of contacts: the API, the panel of the contact page, the list's filter and Export menu. */
@ClienteleTest
class ConsentTests {

    static final String CONTACTS = "/api/v1/contacts";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    ApiCalls admin;
    String tag;

    @BeforeEach
    void setUp() {
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        tag = ApiCalls.unique();
    }

    @Test
    void consentIsReadAndChangedThroughTheApiWithItsHistory() {
        String id = admin.create(CONTACTS, "{\"lastName\": \"Consenting " + tag + "\", \"emails\": [\"c." + tag + "@example.com\"]}");
        MvcTestResult initial = admin.get(CONTACTS + "/" + id);
        assertThat(ApiCalls.<String>read(initial, "$.consent.emailMarketing")).isEqualTo("UNKNOWN");
        assertThat(ApiCalls.<Boolean>read(initial, "$.consent.smsAllowed")).isTrue();
        assertThat(ApiCalls.<Boolean>read(initial, "$.consent.marketingEmailAllowed")).isFalse();

        MvcTestResult changed = admin.patch(CONTACTS + "/" + id + "/consent", "{\"emailMarketing\": \"OPTED_IN\", \"smsAllowed\": false}");
        assertThat(changed).hasStatusOk();
        assertThat(ApiCalls.<String>read(changed, "$.emailMarketing")).isEqualTo("OPTED_IN");
        assertThat(ApiCalls.<String>read(changed, "$.emailMarketingSource")).isEqualTo("API");
        assertThat(ApiCalls.<String>read(changed, "$.emailMarketingChangedAt")).isNotNull();
        assertThat(ApiCalls.<Boolean>read(changed, "$.marketingEmailAllowed")).isTrue();
        assertThat(ApiCalls.<Boolean>read(admin.get(CONTACTS + "/" + id + "/consent"), "$.smsAllowed")).isFalse();

        assertThat(admin.patch(CONTACTS + "/" + id + "/consent", "{\"doNotContact\": true, \"doNotContactReason\": \"Moved away\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.marketingEmailAllowed").isEqualTo(false);
        MvcTestResult history = admin.get(CONTACTS + "/" + id + "/consent/history");
        assertThat(ApiCalls.<List<String>>read(history, "$.data[*].kind")).containsExactly("DO_NOT_CONTACT", "CHANNELS", "EMAIL_MARKETING");
        assertThat(ApiCalls.<List<String>>read(history, "$.data[*].value")).containsExactly("true", "email phone", "OPTED_IN");
        assertThat(ApiCalls.<String>read(history, "$.data[0].detail")).isEqualTo("Moved away");
        assertThat(ApiCalls.<String>read(history, "$.data[2].userId")).isEqualTo(Long.toString(setup.firstAdministratorId().orElseThrow()));

        assertThat(admin.patch(CONTACTS + "/" + id + "/consent", "{\"emailMarketing\": \"MAYBE\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("emailMarketing");
        assertThat(admin.patch(CONTACTS + "/" + id + "/consent", "{\"colour\": \"blue\"}")).hasStatus(422);
        assertThat(admin.patch(CONTACTS + "/" + id + "/consent", "{\"emailMarketing\": null}")).hasStatus(422);
        assertThat(admin.patch(CONTACTS + "/" + id, "{\"consent\": {}}")).as("read-only in the contact").hasStatusOk();
        assertThat(admin.patch(CONTACTS + "/999999999/consent", "{\"emailMarketing\": \"OPTED_IN\"}")).hasStatus(404);
    }

    @Test
    void aMergeKeepsTheStricterAnswerAndTheMergedContactsHistory() {
        String tag = ApiCalls.unique();
        String survivor = admin.create(CONTACTS, "{\"lastName\": \"Survivor " + tag + "\"}");
        String merged = admin.create(CONTACTS, "{\"lastName\": \"Merged " + tag + "\"}");
        admin.patch(CONTACTS + "/" + survivor + "/consent", "{\"emailMarketing\": \"OPTED_IN\"}");
        admin.patch(CONTACTS + "/" + merged + "/consent", "{\"emailMarketing\": \"OPTED_OUT\", \"smsAllowed\": false}");
        admin.patch(CONTACTS + "/" + merged + "/consent", "{\"doNotContact\": true, \"doNotContactReason\": \"Asked us to stop\"}");

        assertThat(admin.post(CONTACTS + "/merge", "{\"survivorId\": \"" + survivor + "\", \"mergedId\": \"" + merged + "\"}"))
                .hasStatusOk();

        MvcTestResult consent = admin.get(CONTACTS + "/" + survivor + "/consent");
        assertThat(ApiCalls.<String>read(consent, "$.emailMarketing")).isEqualTo("OPTED_OUT");
        assertThat(ApiCalls.<Boolean>read(consent, "$.doNotContact")).isTrue();
        assertThat(ApiCalls.<String>read(consent, "$.doNotContactReason")).isEqualTo("Asked us to stop");
        assertThat(ApiCalls.<Boolean>read(consent, "$.smsAllowed")).isFalse();
        java.util.List<String> sources = ApiCalls.read(admin.get(CONTACTS + "/" + survivor + "/consent/history"), "$.data[*].source");
        assertThat(sources).contains("MERGE", "API").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void consentOfAContactIsHiddenExactlyAsTheContactIs() {
        VisibilityFixture fixture = VisibilityFixture.create(context);
        String id = admin.create(CONTACTS, "{\"lastName\": \"Private " + tag + "\", \"ownerId\": \"" + fixture.salesA().user().id()
                + "\", \"teamId\": \"" + fixture.teamA() + "\"}");
        fixture.assertDetailVisible(mvc, fixture.salesA(), CONTACTS + "/" + id + "/consent");
        fixture.assertDetailHidden(mvc, fixture.salesB(), CONTACTS + "/" + id + "/consent");
        fixture.assertDetailHidden(mvc, fixture.salesB(), CONTACTS + "/" + id + "/consent/history");
        ApiCalls salesB = new ApiCalls(mvc, encoder, fixture.salesB().user().id());
        assertThat(salesB.patch(CONTACTS + "/" + id + "/consent", "{\"emailMarketing\": \"OPTED_OUT\"}")).hasStatus(404);
        assertThat(ApiCalls.<String>read(admin.get(CONTACTS + "/" + id + "/consent"), "$.emailMarketing")).isEqualTo("UNKNOWN");
    }

    @Test
    void theContactPageShowsAndChangesConsentInPlace() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        String id = admin.create(CONTACTS, "{\"lastName\": \"Paged " + tag + "\"}");
        Document page = html(mvc.get().uri("/contacts/" + id).cookie(session).exchange());
        assertThat(page.select("[data-testid=consent-status]").text()).contains("No answer yet");
        assertThat(page.select("[data-testid=consent-form] input[name=emailMarketing]")).hasSize(3);
        assertThat(page.select("[data-testid=consent-form] label")).isNotEmpty();

        Document panel = html(mvc.post().uri("/contacts/" + id + "/consent").header("HX-Request", "true").with(csrf()).cookie(session)
                .param("emailMarketing", "OPTED_IN").param("emailAllowed", "true").param("phoneAllowed", "true")
                .param("doNotContact", "true").param("doNotContactReason", "Prefers letters").exchange());
        assertThat(panel.select("nav.navbar")).isEmpty();
        assertThat(panel.select("#consent-panel")).hasSize(1);
        assertThat(panel.select("[data-testid=consent-status]").text()).contains("Opted in", "Do not contact", "(form)");
        assertThat(panel.select("[data-testid=consent-history]").text()).contains("Marketing e-mail: Opted in", "Marked do not contact",
                "Channels: email phone");
        assertThat(panel.text()).contains("Prefers letters");

        assertThat(mvc.post().uri("/contacts/" + id + "/consent").with(csrf()).cookie(session).param("emailMarketing", "OPTED_OUT")
                .param("emailAllowed", "true").exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/contacts/" + id);
        assertThat(ApiCalls.<String>read(admin.get(CONTACTS + "/" + id + "/consent"), "$.emailMarketingSource")).isEqualTo("FORM");
        Document refused = html(mvc.post().uri("/contacts/" + id + "/consent").header("HX-Request", "true").with(csrf()).cookie(session)
                .param("emailMarketing", "OPTED_IN").param("doNotContact", "true").param("doNotContactReason", "x".repeat(501)).exchange());
        assertThat(refused.select("[role=alert]")).hasSize(1);
    }

    @Test
    void theContactListFiltersByConsentAndItsExportMenuKeepsTheFilters() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        String in = admin.create(CONTACTS, "{\"lastName\": \"In " + tag + "\"}");
        admin.create(CONTACTS, "{\"lastName\": \"Out " + tag + "\"}");
        admin.patch(CONTACTS + "/" + in + "/consent", "{\"emailMarketing\": \"OPTED_IN\"}");

        Document list = html(mvc.get().uri("/contacts?consent=opted_in&q=" + tag).cookie(session).exchange());
        assertThat(list.select("[data-testid=contacts] tbody tr")).hasSize(1);
        assertThat(list.select("[data-testid=contacts] tbody").text()).contains("In " + tag);
        assertThat(list.select("#consent option[selected]").attr("value")).isEqualTo("opted_in");
        assertThat(list.select("[data-testid=export-csv]").attr("href"))
                .isEqualTo("/contacts/export?q=" + tag + "&consent=opted_in&sort=name&format=csv");
        assertThat(list.select("[data-testid=export-vcf]")).hasSize(1);
        assertThat(html(mvc.get().uri("/contacts?consent=nonsense&q=" + tag).cookie(session).exchange())
                .select("[data-testid=contacts] tbody tr")).as("an unknown value is ignored").hasSize(2);

        MvcTestResult file = mvc.get().uri(list.select("[data-testid=export-csv]").attr("href")).cookie(session).exchange();
        assertThat(file).hasStatusOk();
        assertThat(ExportContract.ids(ExportContract.parse(file.getResponse().getContentAsByteArray()))).containsExactly(in);
        MvcTestResult xlsx = mvc.get().uri(list.select("[data-testid=export-xlsx]").attr("href")).cookie(session).exchange();
        assertThat(xlsx.getResponse().getContentType()).contains("spreadsheetml");

        Document companies = html(mvc.get().uri("/companies?q=" + tag + "&country=DE").cookie(session).exchange());
        assertThat(companies.select("[data-testid=export-menu]")).as("no menu for an empty list").isEmpty();
        admin.create("/api/v1/companies", "{\"name\": \"Exported " + tag + "\"}");
        companies = html(mvc.get().uri("/companies?q=" + tag).cookie(session).exchange());
        assertThat(companies.select("[data-testid=export-xlsx]").attr("href")).isEqualTo("/companies/export?q=" + tag + "&sort=name&format=xlsx");
        admin.create("/api/v1/leads", "{\"lastName\": \"Led " + tag + "\"}");
        Document leads = html(mvc.get().uri("/leads?status=NEW&q=" + tag).cookie(session).exchange());
        assertThat(leads.select("[data-testid=export-csv]").attr("href")).isEqualTo("/leads/export?q=" + tag + "&status=NEW&sort=name&format=csv");
        assertThat(mvc.get().uri(leads.select("[data-testid=export-csv]").attr("href")).cookie(session).exchange()).hasStatusOk();
    }

    static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
