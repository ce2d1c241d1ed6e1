package org.clientele.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A text where the API expects an id, number, date or choice, in the path or in the body, and a
 * body that is no JSON object: the caller's mistake, answered as 400 or 422 problem details.
 * {@code {deal}} and {@code {company}} in a path or body stand for records made before the tests.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedApiInputTests {

    private static final String LINE = "{\"description\": \"Seats\", \"quantity\": \"1\", \"unitPrice\": \"10\"}";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    private ApiClient api;
    private String deal;
    private String company;

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/companies", "{\"name\": "),
                Arguments.of("POST", "/api/v1/companies", "[]"),
                Arguments.of("POST", "/api/v1/companies", "{\"name\": \"Malformed\", \"ownerId\": \"abc\"}"),
                Arguments.of("GET", "/api/v1/companies/abc", null),
                Arguments.of("POST", "/api/v1/contacts", "{\"lastName\": \"Malformed\", \"companyId\": \"abc\"}"),
                Arguments.of("POST", "/api/v1/contacts", "{\"lastName\": \"Malformed\", \"birthday\": \"tomorrow\"}"),
                Arguments.of("POST", "/api/v1/leads", "{\"lastName\": \"Malformed\", \"sourceId\": \"abc\"}"),
                Arguments.of("POST", "/api/v1/companies/abc/notes", "{\"body\": \"Malformed\"}"),
                Arguments.of("POST", "/api/v1/companies/{company}/calls", "{\"body\": \"Malformed\", \"durationMinutes\": \"ten\"}"),
                Arguments.of("POST", "/api/v1/deals", "{\"name\": \"Malformed\", \"currency\": \"EUR\", \"amount\": \"12,3x\"}"),
                Arguments.of("POST", "/api/v1/deals", "{\"name\": \"Malformed\", \"currency\": \"EUR\", \"expectedClose\": \"tomorrow\"}"),
                Arguments.of("POST", "/api/v1/deals", "{\"name\": \"Malformed\", \"currency\": \"EUR\", \"companyId\": \"abc\"}"),
                Arguments.of("PATCH", "/api/v1/deals/abc", "{\"name\": \"Malformed\"}"),
                Arguments.of("POST", "/api/v1/deals/abc/win", null),
                Arguments.of("POST", "/api/v1/deals/{deal}/stage", "{\"stageId\": \"abc\"}"),
                Arguments.of("PUT", "/api/v1/deals/{deal}/lines", "[{\"description\": \"A\", \"quantity\": \"two\", \"unitPrice\": \"1\"}]"),
                Arguments.of("PUT", "/api/v1/deals/{deal}/lines", "{\"description\": \"A\"}"),
                Arguments.of("POST", "/api/v1/deals/{deal}/shipments", "{\"dealLineId\": \"abc\", \"quantity\": \"1\"}"),
                Arguments.of("POST", "/api/v1/products", "{\"name\": \"Malformed\", \"kind\": \"SPACESHIP\", \"unit\": \"day\"}"),
                Arguments.of("POST", "/api/v1/price-lists", "{\"name\": \"Malformed\", \"currency\": \"EUR\", \"validFrom\": \"tomorrow\"}"),
                Arguments.of("POST", "/api/v1/requests", "{\"subject\": \"Malformed\", \"leadSourceId\": \"abc\"}"),
                Arguments.of("POST", "/api/v1/quotes", "{\"companyId\": \"abc\", \"currency\": \"EUR\", \"lines\": [" + LINE + "]}"),
                Arguments.of("POST", "/api/v1/invoices", "{\"companyId\": \"{company}\", \"currency\": \"EUR\", \"lines\": "
                        + "[{\"description\": \"Seats\", \"quantity\": \"two\", \"unitPrice\": \"10\"}]}"),
                Arguments.of("POST", "/api/v1/payments", "{\"kind\": \"CUSTOMER_PAYMENT\", \"companyId\": \"{company}\", "
                        + "\"amount\": \"12,3x\", \"currency\": \"EUR\", \"paidOn\": \"tomorrow\", \"method\": \"CASH\"}"),
                Arguments.of("POST", "/api/v1/tax-rates", "{\"name\": \"Malformed\", \"percent\": \"abc\"}"),
                Arguments.of("POST", "/api/v1/teams", "{\"name\": \"Malformed\", \"parentId\": \"abc\"}"),
                Arguments.of("POST", "/api/v1/users", "{\"fullName\": \"Malformed\", \"email\": \"malformed@clientele.test\", "
                        + "\"temporaryPassword\": \"Temporary-Password-1\", \"roles\": [\"OVERLORD\"]}"));
    }

    @BeforeAll
    void createRecords() {
        api = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        company = api.create("/api/v1/companies", "{\"name\": \"Malformed input\"}");
        deal = api.create("/api/v1/deals", "{\"name\": \"Malformed input\", \"currency\": \"EUR\"}");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("calls")
    void isTheCallersMistakeAnsweredAsAProblem(String method, String path, String body) {
        String uri = resolve(path);
        String json = body == null ? "{}" : resolve(body);
        MvcTestResult answer = switch (method) {
            case "GET" -> api.get(uri);
            case "PUT" -> api.put(uri, json);
            case "PATCH" -> api.patch(uri, json);
            default -> api.post(uri, json);
        };

        assertThat(answer.getResponse().getStatus()).as("status").isIn(400, 422);
        assertThat(answer).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).bodyJson().extractingPath("$.detail").asString().isNotBlank().doesNotContain("Exception");
    }

    private String resolve(String text) {
        return text.replace("{deal}", deal).replace("{company}", company);
    }
}
