package org.clientele.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every API create answers 201 with the new resource's Location and its body in one piece with a Content-Length, over HTTP
 * (MockMvc neither flushes nor chunks). {@code {name}} in a path or body stands for a record made before the tests.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreatedAnswersTests {

    private static final String LINES = "\"lines\": [{\"description\": \"Seats\", \"quantity\": \"2\", \"unitPrice\": \"10\"}]";
    private static final String BILLED = "{\"companyId\": \"{company}\", \"currency\": \"EUR\", " + LINES + "}";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @LocalServerPort
    int port;

    private final String word = "c" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> records = new HashMap<>();
    private String bearer;

    static Stream<Arguments> creates() {
        return Stream.of(
                Arguments.of("/api/v1/companies", "{\"name\": \"Created {word}\"}", "$.id"),
                Arguments.of("/api/v1/contacts", "{\"lastName\": \"Created {word}\"}", "$.id"),
                Arguments.of("/api/v1/leads", "{\"lastName\": \"Created {word}\"}", "$.id"),
                Arguments.of("/api/v1/companies/{company}/notes", "{\"body\": \"A note\"}", "$.id"),
                Arguments.of("/api/v1/contacts/{contact}/calls", "{\"direction\": \"OUTBOUND\", \"status\": \"CONNECTED\"}", "$.id"),
                Arguments.of("/api/v1/leads/{lead}/meetings", "{\"title\": \"Kick-off\", \"occurredAt\": \"2026-01-02T10:00:00Z\"}", "$.id"),
                Arguments.of("/api/v1/tags", "{\"name\": \"Created {word}\", \"colour\": \"green\"}", "$.id"),
                Arguments.of("/api/v1/segments", "{\"name\": \"Created {word}\", \"kind\": \"static\"}", "$.id"),
                Arguments.of("/api/v1/industries", "{\"name\": \"Created {word}\"}", "$.id"),
                Arguments.of("/api/v1/deals", "{\"name\": \"Created {word}\", \"currency\": \"EUR\"}", "$.id"),
                Arguments.of("/api/v1/deals/{deal}/shipments", "{\"dealLineId\": \"{line}\", \"quantity\": \"1\"}", "$.id"),
                Arguments.of("/api/v1/products", "{\"name\": \"Created {word}\", \"kind\": \"SERVICE\", \"unit\": \"day\", "
                        + "\"listPrice\": {\"amount\": \"900\", \"currency\": \"EUR\"}}", "$.id"),
                Arguments.of("/api/v1/product-categories", "{\"name\": \"Created {word}\"}", "$.id"),
                Arguments.of("/api/v1/price-lists", "{\"name\": \"Created {word}\", \"currency\": \"EUR\"}", "$.id"),
                Arguments.of("/api/v1/exchange-rates", "{\"from\": \"EUR\", \"to\": \"NZD\", \"rate\": \"1.9\", \"date\": \"2011-03-04\"}",
                        "$.id"),
                Arguments.of("/api/v1/requests", "{\"lastName\": \"Created {word}\", \"subject\": \"Created\"}", "$.id"),
                Arguments.of("/api/v1/web-forms", "{\"name\": \"Created {word}\", \"leadSourceId\": \"{source}\", "
                        + "\"fields\": [\"EMAIL\"], \"requiredFields\": [\"EMAIL\"]}", "$.id"),
                Arguments.of("/api/v1/quotes", BILLED, "$.id"),
                Arguments.of("/api/v1/quotes/{sentQuote}/revise", "{}", "$.id"),
                Arguments.of("/api/v1/quotes/{acceptedQuote}/invoice", "{}", "$.invoiceId"),
                Arguments.of("/api/v1/invoices", BILLED, "$.id"),
                Arguments.of("/api/v1/invoices/{issuedInvoice}/credit-notes", "{" + LINES + "}", "$.id"),
                Arguments.of("/api/v1/payments", "{\"kind\": \"THIRD_PARTY_PAYMENT\", \"payeeName\": \"Created {word}\", "
                        + "\"amount\": {\"amount\": \"9.90\", \"currency\": \"EUR\"}, \"paidOn\": \"2026-01-02\", \"method\": \"CARD\"}",
                        "$.id"),
                Arguments.of("/api/v1/transaction-categories", "{\"name\": \"Created {word}\"}", "$.id"),
                Arguments.of("/api/v1/tax-rates", "{\"name\": \"Created {word}\", \"percent\": \"5\"}", "$.id"),
                Arguments.of("/api/v1/teams", "{\"name\": \"Created {word}\"}", "$.id"),
                Arguments.of("/api/v1/users", "{\"fullName\": \"Created {word}\", \"email\": \"{word}@clientele.test\", "
                        + "\"temporaryPassword\": \"Temporary-Password-1\", \"roles\": [\"SALES\"], "
                        + "\"language\": \"en\", \"timeZone\": \"UTC\"}", "$.id"),
                Arguments.of("/api/v1/tokens", "{\"name\": \"Created {word}\", \"scopes\": [\"customers:read\"], "
                        + "\"expiresAt\": \"{nextMonth}\"}", "$.id"));
    }

    @BeforeAll
    void createRecords() {
        long adminId = setup.firstAdministratorId().orElseThrow();
        Instant now = Instant.now();
        bearer = "Bearer " + ApiTokensForTests.token(encoder, adminId, now, now.plus(1, ChronoUnit.HOURS));
        ApiClient api = new ApiClient(mvc, encoder, adminId);
        records.put("word", word);
        records.put("nextMonth", now.plus(30, ChronoUnit.DAYS).toString());
        records.put("company", api.create("/api/v1/companies", "{\"name\": \"Created answers " + word + "\"}"));
        records.put("contact", api.create("/api/v1/contacts", "{\"lastName\": \"Created answers " + word + "\"}"));
        records.put("lead", api.create("/api/v1/leads", "{\"lastName\": \"Created answers " + word + "\"}"));
        records.put("source", api.create("/api/v1/lead-sources", "{\"name\": \"Created answers " + word + "\"}"));
        String deal = api.create("/api/v1/deals", "{\"name\": \"Created answers " + word + "\", \"currency\": \"EUR\"}");
        assertThat(api.put("/api/v1/deals/" + deal + "/lines", "[{\"description\": \"Racks\", \"quantity\": \"5\", \"unitPrice\": \"100\"}]"))
                .hasStatusOk();
        records.put("deal", deal);
        records.put("line", ApiClient.read(api.get("/api/v1/deals/" + deal), "$.lines[0].id"));
        String billed = resolve(BILLED);
        String sent = api.create("/api/v1/quotes", billed);
        assertThat(api.post("/api/v1/quotes/" + sent + "/send", "{\"mail\": false}")).hasStatusOk();
        records.put("sentQuote", sent);
        String accepted = api.create("/api/v1/quotes", billed);
        assertThat(api.post("/api/v1/quotes/" + accepted + "/send", "{\"mail\": false}")).hasStatusOk();
        assertThat(api.post("/api/v1/quotes/" + accepted + "/accept", "{\"name\": \"Ada\"}")).hasStatusOk();
        records.put("acceptedQuote", accepted);
        String issued = api.create("/api/v1/invoices", billed);
        assertThat(api.post("/api/v1/invoices/" + issued + "/issue", "")).hasStatusOk();
        records.put("issuedInvoice", issued);
    }

    @ParameterizedTest(name = "POST {0}")
    @MethodSource("creates")
    void answersCreatedWithTheLocationAndTheBodyInOnePiece(String path, String body, String idPath) throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + resolve(path))).header(HttpHeaders.AUTHORIZATION, bearer)
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(resolve(body))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String id = JsonPath.read(answer.body(), idPath);
        assertThat(answer.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(location ->
                assertThat(location).startsWith("/api/v1/").endsWith("/" + id));
        assertThat(answer.headers().firstValue(HttpHeaders.TRANSFER_ENCODING)).isEmpty();
        assertThat(answer.headers().firstValueAsLong(HttpHeaders.CONTENT_LENGTH))
                .hasValue(answer.body().getBytes(StandardCharsets.UTF_8).length);
    }

    private String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> record : records.entrySet()) {
            resolved = resolved.replace("{" + record.getKey() + "}", record.getValue());
        }
        return resolved;
    }
}
