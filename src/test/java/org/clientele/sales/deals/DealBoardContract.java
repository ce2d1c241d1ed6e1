package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The board on a database: the grouped sums and the window-ranked first cards, "show more" within
 * a column, and moves that answer the column headers out of band. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DealBoardContract {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    @Autowired
    ExchangeRates rates;

    Cookie admin;
    long adminId;
    String currency;
    DealBoardRows rows;

    @BeforeAll
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        adminId = setup.firstAdministratorId().orElseThrow();
        currency = rates.reportingCurrency().value();
        rows = new DealBoardRows(jdbc);
    }

    @Test
    void columnsCountAndSumEveryDealButShowTheFirstCardsThenMoreOnRequest() {
        DealBoardRows.Pipeline pipeline = rows.pipeline("Board " + DealBoardRows.unique());
        LocalDate close = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        for (int i = 1; i <= DealBoards.CARDS_PER_COLUMN + 5; i++) {
            rows.deal(pipeline, pipeline.first(), "Card " + i, "1.25", currency, close, adminId, null);
        }
        rows.deal(pipeline, pipeline.second(), "Lonely", null, currency, null, adminId, null);

        Document board = html(mvc.get().uri("/deals/board?pipelineId=" + pipeline.id()).cookie(admin).exchange());
        assertThat(board.select("[data-testid=board-column]")).hasSize(4);
        Element first = column(board, pipeline.first());
        assertThat(first.select("[data-testid=board-count]").text()).isEqualTo("55");
        assertThat(first.select("[data-testid=board-sum]").attr("data-sum")).isEqualTo("68.75");
        assertThat(first.select("[data-testid=board-card]")).hasSize(DealBoards.CARDS_PER_COLUMN);
        assertThat(first.select("[data-testid=board-card] a").first().text()).isEqualTo("Card 55");
        Element second = column(board, pipeline.second());
        assertThat(second.select("[data-testid=board-count]").text()).isEqualTo("1");
        assertThat(second.select("[data-testid=board-sum]").attr("data-sum")).isEqualTo("0.00");

        String more = first.select("[data-testid=board-more]").attr("hx-get");
        Document next = html(mvc.get().uri(more).cookie(admin).header("HX-Request", "true").exchange());
        assertThat(next.select("[data-testid=board-card] a").eachText()).containsExactly("Card 5", "Card 4", "Card 3", "Card 2", "Card 1");
        assertThat(next.select("[data-testid=board-more]")).isEmpty();
    }

    @Test
    void aMoveAnswersTheHeadersOutOfBandAndLosingNeedsAReason() {
        DealBoardRows.Pipeline pipeline = rows.pipeline("Moves " + DealBoardRows.unique());
        long deal = rows.deal(pipeline, pipeline.first(), "Mover", "100.00", currency, null, adminId, null);
        rows.deal(pipeline, pipeline.first(), "Stayer", "40.00", currency, null, adminId, null);

        Document moved = html(move(deal, pipeline.second(), null));
        Element firstHeader = moved.getElementById("board-header-" + pipeline.first());
        assertThat(firstHeader.attr("hx-swap-oob")).isEqualTo("true");
        assertThat(firstHeader.select("[data-testid=board-count]").text()).isEqualTo("1");
        assertThat(firstHeader.select("[data-testid=board-sum]").attr("data-sum")).isEqualTo("40.00");
        Element secondHeader = moved.getElementById("board-header-" + pipeline.second());
        assertThat(secondHeader.select("[data-testid=board-sum]").attr("data-sum")).isEqualTo("100.00");
        assertThat(moved.getElementById("board-status").text()).isEqualTo("Mover moved to Second.");

        MvcTestResult refused = move(deal, pipeline.lost(), null);
        assertThat(refused).hasStatus(422);
        assertThat(status(deal)).isEqualTo("OPEN");

        long reason = jdbc.sql("select id from closing_reasons where success = ? and active = ? order by position, id")
                .param(false).param(true).query(Long.class).list().get(0);
        Document lost = html(move(deal, pipeline.lost(), reason));
        assertThat(lost.getElementById("board-header-" + pipeline.lost()).select("[data-testid=board-count]").text()).isEqualTo("1");
        assertThat(status(deal)).isEqualTo("LOST");
        assertThat(jdbc.sql("select closing_reason_id from deals where id = ?").param(deal).query(Long.class).single()).isEqualTo(reason);
        assertThat(jdbc.sql("select count(*) from deal_stage_history where deal_id = ?").param(deal).query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theListPagesByAmountWithEmptyAmountsLastOnThisDatabase() {
        DealBoardRows.Pipeline pipeline = rows.pipeline("Sorted " + DealBoardRows.unique());
        long none = rows.deal(pipeline, pipeline.first(), "None", null, currency, null, adminId, null);
        long big = rows.deal(pipeline, pipeline.first(), "Big", "900.10", currency, null, adminId, null);
        long small = rows.deal(pipeline, pipeline.second(), "Small", "9.90", currency, null, adminId, null);
        Document first = html(mvc.get().uri("/deals?pipelineId=" + pipeline.id() + "&sort=-amount").cookie(admin).exchange());
        assertThat(first.select("[data-testid=deals] tbody a").eachAttr("href"))
                .containsExactly("/deals/" + big, "/deals/" + small, "/deals/" + none);
        assertThat(first.select("[data-testid=deal-estimate]").text()).isEqualTo("About 3 deals");
    }

    private MvcTestResult move(long deal, long stage, Long reason) {
        var request = mvc.post().uri("/deals/board/" + deal + "/stage").with(csrf()).cookie(admin).header("HX-Request", "true")
                .param("stageId", Long.toString(stage));
        if (reason != null) {
            request = request.param("closingReasonId", Long.toString(reason));
        }
        return request.exchange();
    }

    private String status(long deal) {
        return jdbc.sql("select status from deals where id = ?").param(deal).query(String.class).single();
    }

    private static Element column(Document board, long stageId) {
        return board.selectFirst("[data-testid=board-column][data-stage-id=" + stageId + "]");
    }

    static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
