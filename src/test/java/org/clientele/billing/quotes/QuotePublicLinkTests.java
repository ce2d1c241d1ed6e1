package org.clientele.billing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.quotes.QuoteCalls.QUOTES;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The customer's signed link, used without signing in and without a session: the page, the PDF,
 * accepting with the typed name (recorded with time and address), and every way a link is refused
 * with nothing changed: a changed signature, id or expiry (403), an expired link, a superseded
 * revision and an answered quotation (410).
 */
@ClienteleTest
@RecordApplicationEvents
class QuotePublicLinkTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Quotes quotes;

    @Autowired
    QuoteLinkSigner signer;

    @Autowired
    ApplicationEvents events;

    private QuoteCalls calls;
    private ApiClient admin;
    private String company;
    private String contact;
    private String rate;

    @BeforeEach
    void customerAndRate() throws Exception {
        calls = new QuoteCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        admin = calls.api;
        String tag = QuoteCalls.unique();
        company = calls.company("Link Co " + tag);
        contact = calls.contact("Lee", "Customer " + tag, company, "lee-" + tag + "@customer.example");
        rate = calls.taxRate("VAT " + tag, "19");
    }

    @Test
    void theCustomerSeesAndAcceptsTheQuotationWithoutSigningIn() throws Exception {
        String id = sent();
        String link = link(id);

        MvcTestResult page = mvc.get().uri(link).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).contains("Consulting day", "381.99", "name=\"sig\"");
        assertThat(page.getResponse().getCookie("SESSION")).as("no session is made").isNull();
        assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        MvcTestResult pdf = mvc.get().uri(link.replace("?", "/pdf?")).exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");

        assertThat(answer(link, "accept", Map.of("name", " "))).as("the name is required").hasStatus(422);
        assertThat(status(id)).isEqualTo("SENT");

        Instant before = Instant.now();
        MvcTestResult accepted = answer(link, "accept", Map.of("name", "Lee Customer"));
        assertThat(accepted).hasStatusOk();
        assertThat(accepted.getResponse().getContentAsString()).contains("Lee Customer");

        Map<String, Object> row = jdbc.sql("select status, decided_by_name, decided_from_address from billing_quotes where id = ?")
                .param(Long.parseLong(id)).query().singleRow();
        assertThat(row).containsEntry("status", "ACCEPTED").containsEntry("decided_by_name", "Lee Customer")
                .containsEntry("decided_from_address", "198.51.100.23");
        assertThat(events.stream(QuoteAccepted.class).filter(event -> event.quoteId() == Long.parseLong(id))).singleElement()
                .satisfies(event -> {
                    assertThat(event.acceptedBy()).isEqualTo("Lee Customer");
                    assertThat(event.at()).isBetween(before, Instant.now());
                    assertThat(event.contactId()).isEqualTo(Long.parseLong(contact));
                    assertThat(event.total().amount()).isEqualByComparingTo("381.99");
                });

        assertThat(mvc.get().uri(link).exchange()).as("answered already").hasStatus(410);
        assertThat(answer(link, "decline", Map.of())).hasStatus(410);
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void aChangedSignatureIdOrExpiryIsRefusedAndChangesNothing() throws Exception {
        String id = sent();
        String link = link(id);
        String signature = link.substring(link.indexOf("sig=") + 4);
        String tampered = link.replace("sig=" + signature, "sig=" + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1));
        long expires = Long.parseLong(link.replaceAll(".*expires=(\\d+).*", "$1"));

        assertThat(mvc.get().uri(tampered).exchange()).hasStatus(403);
        assertThat(answer(tampered, "accept", Map.of("name", "Mallory"))).hasStatus(403);
        assertThat(answer(link.replace("expires=" + expires, "expires=" + (expires + 86_400)), "accept", Map.of("name", "Mallory")))
                .hasStatus(403);
        String other = sent();
        assertThat(answer(link.replace("/public/quotes/" + id, "/public/quotes/" + other), "accept", Map.of("name", "Mallory")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/public/quotes/" + id + "?expires=soon").exchange()).hasStatus(403);
        MvcTestResult refused = mvc.get().uri("/public/quotes/" + id).exchange();
        assertThat(refused).hasStatus(403);
        assertThat(refused.getResponse().getContentAsString()).contains("This link is not valid");

        assertThat(status(id)).isEqualTo("SENT");
        assertThat(status(other)).isEqualTo("SENT");
        assertThat(events.stream(QuoteAccepted.class)).noneMatch(event -> event.acceptedBy().equals("Mallory"));
    }

    @Test
    void anExpiredLinkASupersededRevisionAndAnAnsweredQuotationAreGone() throws Exception {
        String id = sent();
        Quote quote = quotes.findById(Long.parseLong(id)).orElseThrow();
        QuoteLink expired = signer.expiringAt(quote, Instant.now().minusSeconds(60));
        MvcTestResult gone = mvc.get().uri(expired.path()).exchange();
        assertThat(gone).hasStatus(410);
        assertThat(gone.getResponse().getContentAsString()).contains("This link has expired");
        assertThat(answer(expired.path(), "accept", Map.of("name", "Late Larry"))).hasStatus(410);
        assertThat(status(id)).isEqualTo("SENT");

        String link = link(id);
        assertThat(admin.post(QUOTES + "/" + id + "/revise", "{}")).hasStatus(201);
        assertThat(mvc.get().uri(link).exchange()).as("superseded").hasStatus(410);
        assertThat(answer(link, "accept", Map.of("name", "Late Larry"))).hasStatus(410);
        assertThat(status(id)).isEqualTo("SUPERSEDED");
    }

    @Test
    void thePageIsInTheQuotationsLanguageAndDeclinesWithAReason() throws Exception {
        String id = calls.draft(company, contact, rate);
        admin.patch(QUOTES + "/" + id, "{\"language\": \"de\"}");
        admin.post(QUOTES + "/" + id + "/send", "{\"mail\": false}");
        String link = link(id);

        assertThat(mvc.get().uri(link).header("Accept-Language", "en").exchange().getResponse().getContentAsString())
                .contains("Angebot annehmen");
        assertThat(answer(link, "decline", Map.of("reason", "Zu teuer"))).hasStatusOk();
        assertThat(jdbc.sql("select decline_reason from billing_quotes where id = ?").param(Long.parseLong(id)).query(String.class)
                .single()).isEqualTo("Zu teuer");
        assertThat(status(id)).isEqualTo("DECLINED");
    }

    private String sent() {
        String id = calls.draft(company, contact, rate);
        assertThat(admin.post(QUOTES + "/" + id + "/send", "{\"mail\": false}")).hasStatusOk();
        return id;
    }

    /** The path and query of the customer's link, as the API gives it to users who may change quotations. */
    private String link(String id) {
        URI link = URI.create(ApiClient.read(admin.get(QUOTES + "/" + id), "$.publicLink"));
        return link.getRawPath() + "?" + link.getRawQuery();
    }

    /** Posts the answer form as the page does: the link's expiry and signature in the form, from a customer's address. */
    private MvcTestResult answer(String link, String action, Map<String, String> fields) {
        URI uri = URI.create(link);
        var request = mvc.post().uri(uri.getRawPath() + "/" + action).with(r -> {
            r.setRemoteAddr("198.51.100.23");
            return r;
        });
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            request = request.param(parts[0], parts[1]);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }

    private String status(String id) {
        return jdbc.sql("select status from billing_quotes where id = ?").param(Long.parseLong(id)).query(String.class).single();
    }
}
