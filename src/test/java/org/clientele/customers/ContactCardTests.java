package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Contacts as vCards and back: the round trip in 3.0 and 4.0, cards from phones' address books, duplicates, the pages. */
@ClienteleTest
class ContactCardTests {

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
    void aContactSurvivesTheRoundTripThroughVCard4() {
        roundTrip("4.0", "Zoë", "Ångström-Łukasiewicz");
    }

    @Test
    void aContactSurvivesTheRoundTripThroughVCard3() {
        roundTrip("3.0", "健", "渡辺");
    }

    void roundTrip(String version, String firstName, String lastName) {
        String company = admin.create("/api/v1/companies", "{\"name\": \"Round Trip " + tag + "\"}");
        String id = admin.createAnyway(CONTACTS, "{\"firstName\": \"" + firstName + "\", \"lastName\": \"" + lastName + "\", "
                + "\"title\": \"Head of Ünits\", \"companyId\": \"" + company + "\", \"birthday\": \"1984-02-29\", "
                + "\"emails\": [\"first." + tag + "@example.com\", \"second." + tag + "@example.org\"], "
                + "\"phones\": [\"+49 30 1234567\", \"+44 20 7946 0958\", \"+81 90 1234 5678\"], "
                + "\"address\": {\"street\": \"Straße des 17. Juni 135\", \"postalCode\": \"10623\", \"city\": \"Berlin\", "
                + "\"region\": \"Berlin\", \"country\": \"DE\"}}");
        MvcTestResult card = admin.get(CONTACTS + "/" + id + "/vcard?version=" + version);
        assertThat(card).hasStatusOk();
        assertThat(card.getResponse().getContentType()).startsWith("text/vcard");
        String text = body(card);
        assertThat(text).contains("VERSION:" + version).contains(lastName);
        assertThat(admin.delete(CONTACTS + "/" + id)).hasStatus(204);

        MvcTestResult imported = importText(text, false);
        assertThat(imported).hasStatusOk();
        List<String> created = ApiCalls.read(imported, "$.created");
        assertThat(created).hasSize(1);
        MvcTestResult again = admin.get(CONTACTS + "/" + created.get(0));
        assertThat(ApiCalls.<String>read(again, "$.firstName")).isEqualTo(firstName);
        assertThat(ApiCalls.<String>read(again, "$.lastName")).isEqualTo(lastName);
        assertThat(ApiCalls.<String>read(again, "$.title")).isEqualTo("Head of Ünits");
        assertThat(ApiCalls.<String>read(again, "$.companyId")).isEqualTo(company);
        assertThat(ApiCalls.<String>read(again, "$.birthday")).isEqualTo("1984-02-29");
        assertThat(ApiCalls.<List<String>>read(again, "$.emails"))
                .containsExactly("first." + tag + "@example.com", "second." + tag + "@example.org");
        assertThat(ApiCalls.<List<String>>read(again, "$.phones")).containsExactly("+49301234567", "+442079460958", "+819012345678");
        assertThat(ApiCalls.<Map<String, String>>read(again, "$.address")).containsEntry("street", "Straße des 17. Juni 135")
                .containsEntry("postalCode", "10623").containsEntry("city", "Berlin").containsEntry("region", "Berlin")
                .containsEntry("country", "DE");
    }

    @Test
    void cardsFromAPhonesAddressBookImportWithWhatTheContactModelHolds() throws IOException {
        String sample = sample().replaceAll("(?i)@example\\.", "@" + tag + ".example.");
        MvcTestResult preview = importText(sample, true);
        assertThat(preview).hasStatusOk();
        assertThat(ApiCalls.<List<String>>read(preview, "$.cards[*].name")).containsExactly("Zoë Ångström-Łukasiewicz", "健 渡辺");
        assertThat(ApiCalls.<List<String>>read(preview, "$.cards[0].emails"))
                .containsExactly("zoe.phone@" + tag + ".example.com", "zoe.home@" + tag + ".example.org");
        assertThat(ApiCalls.<List<String>>read(preview, "$.cards[0].phones")).containsExactly("+491701234567", "+49309876543");
        assertThat(ApiCalls.<Boolean>read(preview, "$.cards[0].photo")).isTrue();
        assertThat(ApiCalls.<Integer>read(preview, "$.cards[0].furtherAddresses")).isEqualTo(1);
        assertThat(ApiCalls.<String>read(preview, "$.cards[0].address.country")).isEqualTo("DE");
        assertThat(ApiCalls.<String>read(preview, "$.cards[0].birthday")).isEqualTo("1984-02-29");
        assertThat(ApiCalls.<List<String>>read(preview, "$.cards[1].dropped")).containsExactly("not a number");
        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "?q=" + tag), "$.data")).as("nothing saved by a dry run").isEmpty();

        MvcTestResult imported = importText(sample, false);
        assertThat(imported).hasStatusOk();
        List<String> created = ApiCalls.read(imported, "$.created");
        assertThat(created).hasSize(2);
        MvcTestResult ken = admin.get(CONTACTS + "/" + created.get(1));
        assertThat(ApiCalls.<String>read(ken, "$.lastName")).isEqualTo("渡辺");
        assertThat(ApiCalls.<String>read(ken, "$.firstName")).isEqualTo("健");
        assertThat(ApiCalls.<String>read(ken, "$.address.city")).isEqualTo("千代田区");
        assertThat(ApiCalls.<List<String>>read(ken, "$.phones")).containsExactly("+819012345678");
        MvcTestResult zoe = admin.get(CONTACTS + "/" + created.get(0));
        assertThat(ApiCalls.<String>read(zoe, "$.title")).isEqualTo("Chief Listener");
        assertThat(ApiCalls.<String>read(zoe, "$.address.street")).isEqualTo("Hauptstraße 5");

        MvcTestResult twice = mvc.post().uri(CONTACTS + "/vcard").header(HttpHeaders.AUTHORIZATION, admin.bearer()).multipart()
                .file(new MockMultipartFile("file", "contacts.vcf", "text/vcard", sample.getBytes(StandardCharsets.UTF_8))).exchange();
        assertThat(twice).hasStatusOk();
        assertThat(ApiCalls.<List<String>>read(twice, "$.created")).isEmpty();
        assertThat(ApiCalls.<List<String>>read(twice, "$.duplicates")).containsExactly("Zoë Ångström-Łukasiewicz", "健 渡辺");
    }

    @Test
    void textWithoutCardsIsRefused() {
        assertThat(importText("hello", false)).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        assertThat(admin.get(CONTACTS + "/1/vcard?version=2.1")).hasStatus(422);
    }

    @Test
    void aContactsCardIsVisibleExactlyWhenTheContactIs() {
        VisibilityFixture fixture = VisibilityFixture.create(context);
        String id = admin.create(CONTACTS, "{\"lastName\": \"Hidden " + tag + "\", \"ownerId\": \"" + fixture.salesA().user().id()
                + "\", \"teamId\": \"" + fixture.teamA() + "\"}");
        fixture.assertDetailVisible(mvc, fixture.salesA(), CONTACTS + "/" + id + "/vcard");
        fixture.assertDetailHidden(mvc, fixture.salesB(), CONTACTS + "/" + id + "/vcard");
        MvcTestResult exported = mvc.get().uri(CONTACTS + "/export?format=vcf&version=3.0&q=" + tag)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + fixture.tokenOf(fixture.salesB())).exchange();
        assertThat(exported).hasStatusOk();
        assertThat(body(exported)).doesNotContain("BEGIN:VCARD");
        MvcTestResult own = mvc.get().uri(CONTACTS + "/export?format=vcf&q=" + tag)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + fixture.tokenOf(fixture.salesA())).exchange();
        assertThat(body(own)).contains("VERSION:4.0").contains("Hidden " + tag);
    }

    @Test
    void onPagesACardIsDownloadedAndAFileImportedAfterAPreview() throws IOException {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        String id = admin.create(CONTACTS, "{\"firstName\": \"Page\", \"lastName\": \"Card " + tag + "\"}");
        MvcTestResult download = mvc.get().uri("/contacts/" + id + "/vcard").cookie(session).exchange();
        assertThat(download).hasStatusOk();
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
        assertThat(body(download)).contains("FN:Page Card " + tag);
        assertThat(html(mvc.get().uri("/contacts/" + id).cookie(session).exchange()).select("[data-testid=contact-vcard]")).hasSize(1);

        String sample = sample().replaceAll("(?i)@example\\.", "@page" + tag + ".example.");
        Document preview = html(mvc.post().uri("/contacts/vcard-import/preview").multipart()
                .file(new MockMultipartFile("file", "contacts.vcf", "text/vcard", sample.getBytes(StandardCharsets.UTF_8)))
                .cookie(session).with(csrf()).exchange());
        assertThat(preview.select("[data-testid=vcard-preview] tbody tr")).hasSize(2);
        assertThat(preview.select("[data-testid=vcard-preview]").text()).contains("Zoë Ångström-Łukasiewicz", "健 渡辺");
        String carried = preview.select("[data-testid=vcard-confirm] textarea[name=vcards]").text();
        assertThat(carried).contains("BEGIN:VCARD");

        MvcTestResult confirmed = mvc.post().uri("/contacts/vcard-import").multipart().param("vcards", sample).cookie(session)
                .with(csrf()).exchange();
        assertThat(confirmed).hasStatus3xxRedirection().hasRedirectedUrl("/contacts");
        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "?q=page" + tag), "$.data[*].id")).hasSize(2);
        Document refused = html(mvc.post().uri("/contacts/vcard-import").multipart().param("vcards", "no cards").cookie(session)
                .with(csrf()).exchange());
        assertThat(refused.select("[data-testid=vcard-problem]").text()).isEqualTo("The file holds no vCard.");
    }

    MvcTestResult importText(String text, boolean dryRun) {
        return mvc.post().uri(CONTACTS + "/vcard" + (dryRun ? "?dryRun=true" : "")).header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .contentType("text/vcard").content(text.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    static String sample() throws IOException {
        try (InputStream in = ContactCardTests.class.getResourceAsStream("/vcards/phone-address-book.vcf")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(body(result));
    }
}
