package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.sales.currencies.CurrencyManagement;
import org.clientele.shared.CurrencyCode;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A EUR deal in a USD-reporting installation, with EUR→USD rates for several days: the board
 * converts at today's rate, the forecast at the rate of each deal's expected close date (decision
 * 0015), to the cent; a deal in a currency without any rate is counted and marked, not dropped.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealBoardCurrencyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    @Autowired
    CurrencyManagement currencies;

    @Autowired
    JwtEncoder encoder;

    CurrencyCode reportingBefore;
    LocalDate today;
    DealBoardRows rows;
    DealBoardRows.Pipeline pipeline;
    Cookie admin;

    @BeforeAll
    void reportInDollarsWithDatedRates() {
        reportingBefore = currencies.reportingCurrency();
        currencies.changeReportingCurrency("USD");
        today = LocalDate.now(ZoneOffset.UTC);
        rows = new DealBoardRows(jdbc);
        rows.rate("EUR", "USD", "1.05", today.minusDays(10));
        rows.rate("EUR", "USD", "1.10", today);
        rows.rate("EUR", "USD", "1.20", today.plusDays(15));
        long adminId = setup.firstAdministratorId().orElseThrow();
        admin = PageSessions.signInAsAdministrator(mvc);
        pipeline = rows.pipeline("Currencies " + DealBoardRows.unique());
        rows.deal(pipeline, pipeline.first(), "Euro later", "1000.00", "EUR", today.plusDays(20), adminId, null);
        rows.deal(pipeline, pipeline.first(), "Dollar later", "50.00", "USD", today.plusDays(20), adminId, null);
        rows.deal(pipeline, pipeline.second(), "Euro overdue", "333.33", "EUR", today.minusDays(5), adminId, null);
        rows.deal(pipeline, pipeline.second(), "Tugrik", "10.00", "MNT", null, adminId, null);
    }

    @AfterAll
    void restore() {
        currencies.changeReportingCurrency(reportingBefore.value());
        jdbc.sql("delete from exchange_rates where base_currency = 'EUR' and quote_currency = 'USD' and valid_on in (?, ?, ?)")
                .params(today.minusDays(10), today, today.plusDays(15)).update();
    }

    @Test
    void theBoardConvertsOpenDealsAtTodaysRate() {
        Document board = DealBoardContract.html(mvc.get().uri("/deals/board?pipelineId=" + pipeline.id()).cookie(admin).exchange());
        Element first = header(board, pipeline.first());
        // 1000.00 EUR x 1.10 + 50.00 USD; not the 1.20 of the day the deal is expected to close
        assertThat(first.select("[data-testid=board-sum]").attr("data-sum")).isEqualTo("1150.00");
        assertThat(first.select("[data-testid=board-sum]").text()).contains("1,150.00");
        assertThat(first.select("[data-testid=board-without-rate]")).isEmpty();
        Element second = header(board, pipeline.second());
        // 333.33 EUR x 1.10 = 366.663; the tugrik deal has no rate: counted, marked, not added
        assertThat(second.select("[data-testid=board-sum]").attr("data-sum")).isEqualTo("366.66");
        assertThat(second.select("[data-testid=board-count]").text()).isEqualTo("2");
        assertThat(second.select("[data-testid=board-without-rate]").text()).isEqualTo("1 deals without a rate");
    }

    @Test
    void theForecastConvertsEachDealAtTheRateOfItsExpectedCloseDate() {
        MvcTestResult result = api("/api/v1/deals/forecast?pipelineId=" + pipeline.id());
        assertThat(result).hasStatusOk();
        assertThat(DealListApiTests.text(result, "$.currency")).isEqualTo("USD");
        // overdue: 333.33 EUR at the rate of today - 5 days, the one of today - 10: 1.05 -> 349.9965; weighted 50 %
        assertThat(DealListApiTests.text(result, "$.rows[0].amount.amount")).isEqualTo("350.00");
        assertThat(DealListApiTests.text(result, "$.rows[0].weighted.amount")).isEqualTo("175.00");
        // today + 20 days: the latest rate on or before it is today + 15 days, 1.20 -> 1200.00 + 50.00; weighted 10 %
        String month = YearMonth.from(today.plusDays(20)).toString();
        List<String> amounts = DealListApiTests.read(result, "$.rows[?(@.month == '" + month + "')].amount.amount");
        List<String> weighted = DealListApiTests.read(result, "$.rows[?(@.month == '" + month + "')].weighted.amount");
        assertThat(amounts).containsExactly("1250.00");
        assertThat(weighted).containsExactly("125.00");
        assertThat(DealListApiTests.text(result, "$.rows[14].period")).isEqualTo("NO_DATE");
        assertThat(DealListApiTests.text(result, "$.rows[14].withoutRate")).isEqualTo("1");
        assertThat(DealListApiTests.text(result, "$.total.amount.amount")).isEqualTo("1600.00");
        assertThat(DealListApiTests.text(result, "$.total.weighted.amount")).isEqualTo("300.00");
    }

    @Test
    void theForecastPageShowsTheSameFiguresInATable() {
        Document page = DealBoardContract.html(mvc.get().uri("/deals/forecast?pipelineId=" + pipeline.id()).cookie(admin).exchange());
        assertThat(page.select("[data-testid=forecast-row]")).hasSize(15);
        assertThat(page.select("[data-testid=forecast-row]").first().attr("data-amount")).isEqualTo("350.00");
        assertThat(page.select("[data-testid=forecast-total]").text()).contains("1,600.00");
        assertThat(page.select("canvas#forecast-chart")).hasSize(1);
        assertThat(page.select("nav.navbar a[href=/deals/board]")).as("navigation entry").hasSize(1);
    }

    private MvcTestResult api(String uri) {
        Instant now = Instant.now();
        String token = ApiTokensForTests.token(encoder, setup.firstAdministratorId().orElseThrow(), now, now.plusSeconds(3600));
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static Element header(Document board, long stageId) {
        return board.getElementById("board-header-" + stageId);
    }
}
