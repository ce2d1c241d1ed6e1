package org.clientele.sales.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A web form posted over real HTTP to the running application from another origin, as browsers
 * send it (with an Origin header): a post creates a request matched to the contact who sent it
 * and tells the form's owner by e-mail; the honeypot, a stop phrase, a banned company and the 21st
 * post within a minute from one address are refused and create nothing; an origin that is not
 * allowed gets no CORS permission and its posts are refused.
 */
@ClienteleTest
class WebFormCrossOriginTests {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        registry.add("clientele.mail.from", () -> "crm@example.test");
        registry.add("clientele.base-url", () -> "https://crm.example.test/");
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private SalesApi admin;
    private String word;
    private String contactId;
    private long formId;
    private String path;

    /** A contact, and a form for a lead source of its own that allows one other origin. */
    @BeforeEach
    void formAndContact() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        admin = new SalesApi(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        word = SalesApi.unique();
        contactId = admin.create("/api/v1/contacts?allowDuplicates=true",
                "{\"firstName\": \"Ann\", \"lastName\": \"Known " + word + "\", \"emails\": [\"ann-" + word + "@partner.example\"]}");
        String source = admin.create("/api/v1/lead-sources", "{\"name\": \"Partner site " + word + "\"}");
        String form = admin.create("/api/v1/web-forms", """
                {"name": "Partner form", "leadSourceId": "%s", "fields": ["FIRST_NAME", "LAST_NAME", "EMAIL", "COMPANY_NAME",
                 "SUBJECT", "MESSAGE"], "requiredFields": ["EMAIL", "MESSAGE"], "allowedOrigins": ["%s"],
                 "stopPhrases": ["Casino Bonus"], "bannedCompanies": ["Spam Corp"]}""".formatted(source, allowedOrigin()));
        formId = Long.parseLong(form);
        path = SalesApi.read(admin.get("/api/v1/web-forms/" + form), "$.path");
    }

    @Test
    void aPostFromAnAllowedOriginCreatesAMatchedRequestAndTellsTheOwner() throws Exception {
        HttpResponse<String> answer = post(allowedOrigin(), "192.0.2.10", Map.of("firstName", "Ann", "lastName", "Poster",
                "email", "Ann-" + word + "@Partner.example", "subject", "Offer", "message", "Please call me."));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains(allowedOrigin());
        assertThat(answer.body()).contains("\"outcome\":\"CREATED\"");
        Map<String, Object> request = jdbc.sql("select * from requests where web_form_id = ?").param(formId).query().singleRow();
        assertThat(request.get("source")).isEqualTo("WEB_FORM");
        assertThat(String.valueOf(request.get("contact_id"))).isEqualTo(contactId);
        assertThat(request.get("match_verified")).isEqualTo(false);
        assertThat(request.get("remote_address")).isEqualTo("192.0.2.10");
        assertThat(request.get("lead_source_id")).isNotNull();
        assertThat(answer.body()).contains((String) request.get("ticket"));

        assertThat(greenMail.waitForIncomingEmail(MAIL_WAIT.toMillis(), 1)).as("the owner was told").isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(TestUsers.ADMIN_EMAIL);
        assertThat(mail.getSubject()).contains((String) request.get("ticket"));
        assertThat(mail.getContent().toString()).contains("https://crm.example.test/requests/" + request.get("id"));
    }

    @Test
    void theAllowedOriginGetsItsPreflightAndOthersAreRefused() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(address()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", allowedOrigin())
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(allowedOrigin());

        HttpResponse<String> elsewhere = post("https://elsewhere.example", "192.0.2.11",
                Map.of("email", "x-" + word + "@partner.example", "message", "Hello"));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(address())).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(created()).isZero();
    }

    @Test
    void spamIsRefusedAndCreatesNothing() throws Exception {
        Map<String, String> honest = Map.of("email", "guard-" + word + "@partner.example", "message", "A fair question");

        HttpResponse<String> honeypot = post(allowedOrigin(), "192.0.2.20", with(honest, WebFormSubmissions.HONEYPOT, "http://spam"));
        HttpResponse<String> stopPhrase = post(allowedOrigin(), "192.0.2.21", with(honest, "message", "Get your CASINO bonus now"));
        HttpResponse<String> banned = post(allowedOrigin(), "192.0.2.22", with(honest, "companyName", " spam corp "));
        HttpResponse<String> missing = post(allowedOrigin(), "192.0.2.23", Map.of("email", "guard-" + word + "@partner.example"));

        assertThat(honeypot.body()).contains("HONEYPOT");
        assertThat(honeypot.statusCode()).isEqualTo(400);
        assertThat(stopPhrase.body()).contains("STOP_PHRASE");
        assertThat(stopPhrase.statusCode()).isEqualTo(400);
        assertThat(banned.body()).contains("BANNED_COMPANY");
        assertThat(banned.statusCode()).isEqualTo(400);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("\"message\"");
        assertThat(created()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void theTwentyFirstPostWithinAMinuteFromOneAddressIsRefused() throws Exception {
        String address = "192.0.2.30";
        for (int i = 1; i <= PostRateLimit.LIMIT; i++) {
            HttpResponse<String> answer = post(allowedOrigin(), address,
                    Map.of("email", "burst-" + i + "-" + word + "@partner.example", "message", "Post " + i));
            assertThat(answer.statusCode()).as("post %d: %s", i, answer.body()).isEqualTo(201);
        }
        HttpResponse<String> refused = post(allowedOrigin(), address,
                Map.of("email", "burst-21-" + word + "@partner.example", "message", "Post 21"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("RATE_LIMITED");
        assertThat(created()).isEqualTo(PostRateLimit.LIMIT);
        assertThat(post(allowedOrigin(), "192.0.2.31", Map.of("email", "other-" + word + "@partner.example", "message", "Hi"))
                .statusCode()).as("another address").isEqualTo(201);
    }

    @Test
    void theFormPageMayBeFramedByTheAllowedOriginOnly() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(address())).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'self' " + allowedOrigin()).doesNotContain("frame-ancestors 'none'"));
        assertThat(page.body()).contains("name=\"" + WebFormSubmissions.HONEYPOT + "\"", "name=\"email\"");
        HttpResponse<String> inbox = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inbox.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'none'"));
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/forms/unknown")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private String allowedOrigin() {
        return "http://127.0.0.1:" + (port + 1);
    }

    private String address() {
        return "http://127.0.0.1:" + port + path;
    }

    private long created() {
        return jdbc.sql("select count(*) from requests where web_form_id = ?").param(formId).query(Long.class).single();
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put(name, value);
        return all;
    }

    /** A urlencoded post asking for JSON, from the given origin, through a proxy that reports the client's address. */
    private HttpResponse<String> post(String from, String clientAddress, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(address())).header("Origin", from)
                .header("X-Forwarded-For", clientAddress).header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
