package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.clientele.platform.SetupStatus;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestAccounts.Account;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** GET /api/v1/deals (cursor pages, sorts, filters, record visibility) and the forecast's arithmetic. */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealListApiTests {

    static final String DEALS = "/api/v1/deals";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    @Autowired
    ExchangeRates rates;

    @Autowired
    JwtEncoder encoder;

    VisibilityFixture fixture;
    DealBoardRows rows;
    DealBoardRows.Pipeline pipeline;
    String tag;
    long adminId;
    String currency;
    LocalDate today;
    long ofSalesA;
    long ofSalesB;
    long ofManagerA;
    long elsewhere;

    @BeforeAll
    void createDeals() {
        fixture = VisibilityFixture.create(context);
        rows = new DealBoardRows(jdbc);
        tag = DealBoardRows.unique();
        adminId = setup.firstAdministratorId().orElseThrow();
        currency = rates.reportingCurrency().value();
        today = LocalDate.now(ZoneOffset.UTC);
        pipeline = rows.pipeline("List " + tag);
        ofSalesA = rows.deal(pipeline, pipeline.first(), "Alpha " + tag, "100.00", currency, today.plusDays(40),
                fixture.salesA().user().id(), fixture.teamA());
        ofSalesB = rows.deal(pipeline, pipeline.second(), "Bravo " + tag, "300.50", currency, today.plusDays(10),
                fixture.salesB().user().id(), fixture.teamB());
        ofManagerA = rows.deal(pipeline, pipeline.second(), "Charlie " + tag, null, currency, null,
                fixture.managerA().user().id(), fixture.teamA());
        elsewhere = rows.deal(pipeline, pipeline.first(), "Delta " + tag, "50", currency, today.minusDays(3), adminId, null);
    }

    @Test
    void pagesFollowTheCursorInEverySortWithEmptyValuesLast() {
        assertThat(allPages("name", 1)).containsExactly(ofSalesA, ofSalesB, ofManagerA, elsewhere);
        assertThat(allPages("-name", 3)).containsExactly(elsewhere, ofManagerA, ofSalesB, ofSalesA);
        assertThat(allPages("amount", 1)).containsExactly(elsewhere, ofSalesA, ofSalesB, ofManagerA);
        assertThat(allPages("-amount", 2)).containsExactly(ofSalesB, ofSalesA, elsewhere, ofManagerA);
        assertThat(allPages("expectedClose", 1)).containsExactly(elsewhere, ofSalesB, ofSalesA, ofManagerA);
        assertThat(allPages("-expectedClose", 1)).containsExactly(ofSalesA, ofSalesB, elsewhere, ofManagerA);
        assertThat(allPages("createdAt", 3)).containsExactly(ofSalesA, ofSalesB, ofManagerA, elsewhere);
    }

    @Test
    void theRowCarriesMoneyAsADecimalStringAndItsStage() {
        MvcTestResult result = get(adminId, DEALS + "?q=bravo " + tag);
        assertThat(result).hasStatusOk();
        assertThat(text(result, "$.data[0].amount.amount")).isEqualTo("300.50");
        assertThat(text(result, "$.data[0].amount.currency")).isEqualTo(currency);
        assertThat(text(result, "$.data[0].stageName")).isEqualTo("Second");
        assertThat(text(result, "$.data[0].status")).isEqualTo("OPEN");
        assertThat(text(result, "$.data[0].id")).isEqualTo(Long.toString(ofSalesB));
        assertThat((Object) read(result, "$.next")).isNull();
    }

    @Test
    void filtersNarrowTheList() {
        String base = DEALS + "?q=" + tag + "&pipelineId=" + pipeline.id();
        assertThat(ids(get(adminId, base + "&stageId=" + pipeline.second()))).containsExactlyInAnyOrder(ofSalesB, ofManagerA);
        assertThat(ids(get(adminId, base + "&ownerId=" + fixture.salesA().user().id()))).containsExactly(ofSalesA);
        assertThat(ids(get(adminId, base + "&teamId=" + fixture.teamA()))).containsExactlyInAnyOrder(ofSalesA, ofManagerA);
        assertThat(ids(get(adminId, base + "&expectedCloseFrom=" + today + "&expectedCloseTo=" + today.plusDays(20))))
                .containsExactly(ofSalesB);
        assertThat(ids(get(adminId, base + "&status=WON"))).isEmpty();
        MvcTestResult estimated = get(adminId, base + "&status=OPEN&count=estimate");
        assertThat(ids(estimated)).hasSize(4);
        assertThat((Integer) read(estimated, "$.estimatedCount")).isEqualTo(4);
    }

    @Test
    void badParametersAreRefusedWithTheField() {
        refused(DEALS + "?sort=probability", "sort");
        refused(DEALS + "?status=MAYBE", "status");
        refused(DEALS + "?expectedCloseFrom=tomorrow", "expectedCloseFrom");
        refused(DEALS + "?expectedCloseFrom=2026-05-01&expectedCloseTo=2026-04-01", "expectedCloseTo");
        refused(DEALS + "?sort=name&cursor=" + firstCursor("-name"), "cursor");
        refused(DEALS + "/forecast?expectedCloseTo=soon", "expectedCloseTo");
    }

    @Test
    void everyUserSeesOnlyTheDealsTheirVisibilityAllows() {
        String uri = DEALS + "?q=" + tag;
        fixture.assertListShows(mvc, fixture.salesA(), uri, ofSalesA);
        fixture.assertListShows(mvc, fixture.salesB(), uri, ofSalesB);
        fixture.assertListShows(mvc, fixture.managerA(), uri, ofSalesA, ofManagerA);
        assertThat(text(as(fixture.salesA(), DEALS + "/forecast?q=" + tag), "$.total.deals").toString()).isEqualTo("1");
        assertThat(text(as(fixture.managerA(), DEALS + "/forecast?q=" + tag), "$.total.deals").toString()).isEqualTo("2");
    }

    @Test
    void theForecastWeighsEachDealByItsProbabilityPerExpectedCloseMonth() {
        MvcTestResult result = get(adminId, DEALS + "/forecast?pipelineId=" + pipeline.id() + "&q=" + tag);
        assertThat(result).hasStatusOk();
        assertThat(text(result, "$.currency")).isEqualTo(currency);
        List<String> periods = read(result, "$.rows[*].period");
        assertThat(periods).hasSize(15).startsWith("OVERDUE", "MONTH").endsWith("MONTH", "LATER", "NO_DATE");
        assertThat(text(result, "$.rows[0].amount.amount")).isEqualTo("50.00");
        assertThat(text(result, "$.rows[0].weighted.amount")).isEqualTo("5.00");
        String bravoMonth = YearMonth.from(today.plusDays(10)).toString();
        assertThat(text(result, "$.rows[?(@.month == '" + bravoMonth + "')].weighted.amount").toString()).contains("150.25");
        assertThat(text(result, "$.rows[14].deals").toString()).isEqualTo("1");
        assertThat(text(result, "$.rows[14].amount.amount")).isEqualTo("0.00");
        assertThat(text(result, "$.total.deals").toString()).isEqualTo("4");
        assertThat(text(result, "$.total.amount.amount")).isEqualTo("450.50");
        assertThat(text(result, "$.total.weighted.amount")).isEqualTo("165.25");
    }

    private List<Long> allPages(String sort, int limit) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            MvcTestResult page = get(adminId, DEALS + "?q=" + tag + "&sort=" + sort + "&limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page).as("sort %s", sort).hasStatusOk();
            seen.addAll(ids(page));
            cursor = read(page, "$.next");
        }
        while (cursor != null && seen.size() < 10);
        return seen;
    }

    private String firstCursor(String sort) {
        return read(get(adminId, DEALS + "?q=" + tag + "&limit=1&sort=" + sort), "$.next");
    }

    private void refused(String uri, String field) {
        MvcTestResult result = get(adminId, uri);
        assertThat(result).as(uri).hasStatus(422);
        assertThat(text(result, "$.errors[0].field").toString()).as(uri).isEqualTo(field);
    }

    private MvcTestResult get(long userId, String uri) {
        Instant now = Instant.now();
        String token = ApiTokensForTests.token(encoder, userId, now, now.plusSeconds(3600));
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private MvcTestResult as(Account who, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + fixture.tokenOf(who)).exchange();
    }

    private static List<Long> ids(MvcTestResult result) {
        List<String> ids = read(result, "$.data[*].id");
        return ids.stream().map(Long::parseLong).toList();
    }

    static String text(MvcTestResult result, String path) {
        return String.valueOf((Object) read(result, path));
    }

    static <T> T read(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
