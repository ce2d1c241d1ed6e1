package org.clientele.sales.currencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.clientele.identity.Role;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The currencies and exchange-rate API: administrators record and delete rates, sales users read and convert. Rates of 2012. */
@ClienteleTest
class ExchangeRateApiTests {

    private static final String RATES = "/api/v1/exchange-rates";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    String admin;
    String sales;

    @BeforeEach
    void tokens() {
        admin = bearer(setup.firstAdministratorId().orElseThrow());
        sales = bearer(TestAccounts.create(context, "Sam Seller", Set.of(Role.SALES)).user().id());
    }

    @Test
    void administratorsRecordRatesAndEveryoneInSalesConvertsWithThem() {
        MvcTestResult created = post(admin, "{\"from\": \"EUR\", \"to\": \"CAD\", \"rate\": \"1.4500\", \"date\": \"2012-04-02\"}");
        assertThat(created).hasStatus(201).bodyJson().extractingPath("$.rate").isEqualTo("1.45");
        String id = read(created, "$.id");
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(RATES + "/" + id);
        assertThat(created).bodyJson().extractingPath("$.source").isEqualTo("MANUAL");
        assertThat(post(admin, "{\"from\": \"EUR\", \"to\": \"CAD\", \"rate\": \"1.4\", \"date\": \"2012-04-09\"}")).hasStatus(201);
        assertThat(post(sales, "{\"from\": \"EUR\", \"to\": \"CAD\", \"rate\": \"1.4\", \"date\": \"2012-04-10\"}")).hasStatus(403);

        MvcTestResult converted = get(sales, RATES + "/convert?amount=10&from=CAD&to=EUR&date=2012-04-03");
        assertThat(converted).hasStatusOk();
        assertThat((String) read(converted, "$.converted.amount")).isEqualTo("6.896551724137931034482758620689655");
        assertThat((String) read(converted, "$.converted.currency")).isEqualTo("EUR");
        assertThat((String) read(converted, "$.rounded.amount")).isEqualTo("6.90");
        assertThat((String) read(converted, "$.amount.amount")).isEqualTo("10");
        assertThat((String) read(converted, "$.rate")).isEqualTo("0.6896551724137931034482758620689655");
        assertThat((String) read(converted, "$.rateDate")).isEqualTo("2012-04-02");
        assertThat((Object) read(converted, "$.via")).isNull();

        MvcTestResult firstPage = get(sales, RATES + "?from=EUR&to=CAD&date=2012-04-30&limit=1");
        assertThat(firstPage).hasStatusOk();
        assertThat((List<String>) read(firstPage, "$.data[*].date")).containsExactly("2012-04-09");
        String next = read(firstPage, "$.next");
        MvcTestResult secondPage = get(sales, RATES + "?from=EUR&to=CAD&date=2012-04-30&limit=1&cursor=" + next);
        assertThat((List<String>) read(secondPage, "$.data[*].id")).containsExactly(id);
        assertThat((Object) read(secondPage, "$.next")).isNull();
        assertThat((List<String>) read(get(sales, RATES + "?from=EUR&to=CAD&date=2012-04-05"), "$.data[*].id")).containsExactly(id);

        assertThat(delete(sales, RATES + "/" + id)).hasStatus(403);
        assertThat(delete(admin, RATES + "/" + id)).hasStatus(204);
        assertThat(delete(admin, RATES + "/" + id)).hasStatus(404);
        assertThat(get(sales, RATES + "/convert?amount=10&from=CAD&to=EUR&date=2012-04-03")).as("no rate any more")
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThat(post(admin, "{\"from\": \"EUR\", \"to\": \"eur\", \"rate\": \"-1\", \"date\": \"3012-01-01\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("to", "rate", "date");
        assertThat(post(admin, "{\"from\": \"EUR\", \"to\": \"MXN\", \"rate\": 1.5, \"date\": \"2012-01-01\"}")).as("a number")
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("rate");
        assertThat(post(admin, "{\"from\": \"ABC\", \"to\": \"MXN\", \"rate\": \"1.5\", \"date\": \"2012-13-01\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("from", "date");
        assertThat(post(admin, "{\"from\": \"EUR\", \"to\": \"MXN\", \"rate\": \"0.12345678901\", \"date\": \"2012-01-01\"}"))
                .as("eleven decimals").hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("rate");
        assertThat(post(admin, "[]")).hasStatus(422);

        assertThat(post(admin, "{\"from\": \"EUR\", \"to\": \"MXN\", \"rate\": \"16.5\", \"date\": \"2012-05-01\"}")).hasStatus(201);
        assertThat(post(admin, "{\"from\": \"EUR\", \"to\": \"MXN\", \"rate\": \"16.6\", \"date\": \"2012-05-01\"}")).as("same day")
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");

        assertThat(get(sales, RATES + "/convert?amount=ten&from=EUR&to=QQQ")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("amount", "to");
        assertThat(get(sales, RATES + "/convert?amount=1&from=EUR&to=MXN&date=2012-04-30")).as("before the first rate")
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("date");
        assertThat(get(sales, RATES + "?from=EURO")).hasStatus(422);
        assertThat(get(sales, RATES + "?sort=rate")).hasStatus(422);
    }

    @Test
    void theCurrenciesInUseNameTheReportingCurrency() {
        MvcTestResult currencies = get(sales, "/api/v1/currencies");
        assertThat(currencies).hasStatusOk();
        assertThat((String) read(currencies, "$.reportingCurrency")).isEqualTo("EUR");
        assertThat((List<String>) read(currencies, "$.data[?(@.reporting == true)].code")).containsExactly("EUR");
        assertThat((List<String>) read(currencies, "$.data[?(@.code == 'EUR')].name")).containsExactly("Euro");
        assertThat((List<Integer>) read(currencies, "$.data[?(@.code == 'EUR')].minorUnits")).containsExactly(2);
    }

    private String bearer(long userId) {
        Instant now = Instant.now();
        return "Bearer " + ApiTokensForTests.token(encoder, userId, now, now.plus(1, ChronoUnit.HOURS));
    }

    private MvcTestResult get(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private MvcTestResult post(String bearer, String json) {
        return mvc.post().uri(RATES).header(HttpHeaders.AUTHORIZATION, bearer).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    private MvcTestResult delete(String bearer, String uri) {
        return mvc.delete().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
