package org.clientele.sales.deals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.clientele.platform.SetupStatus;
import org.clientele.sales.currencies.ExchangeRates;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.RequiresChromium;
import org.clientele.testing.TestBrowser;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A salesperson works the board in a real browser: drags a deal to the next stage and sees both
 * column totals change without a reload, finds the move in the stage history on the deal's page, then drags
 * another deal to Lost, cancels the reason dialog (the card goes back), drags it again and gives
 * the reason. Screenshots land in {@code target/screenshots}.
 */
@ClienteleTest
@RequiresChromium
class DealBoardJourneyTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final TestBrowser browser = new TestBrowser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    @Autowired
    ExchangeRates rates;

    @Test
    void dragsDealsAcrossStagesAndLosesOneWithAReason() {
        DealBoardRows rows = new DealBoardRows(jdbc);
        long adminId = setup.firstAdministratorId().orElseThrow();
        String currency = rates.reportingCurrency().value();
        DealBoardRows.Pipeline pipeline = rows.pipeline("Journey " + DealBoardRows.unique());
        long mover = rows.deal(pipeline, pipeline.first(), "Orchard renewal", "100.00", currency, null, adminId, null);
        long loser = rows.deal(pipeline, pipeline.first(), "Lighthouse pilot", "40.00", currency, null, adminId, null);
        rows.deal(pipeline, pipeline.second(), "Harbour expansion", "10.00", currency, null, adminId, null);

        Page page = browser.desktop("http://localhost:" + port);
        signIn(page);
        page.navigate("/deals/board?pipelineId=" + pipeline.id());
        assertThat(sum(page, pipeline.first())).hasAttribute("data-sum", "140.00");
        page.evaluate("window.boardNotReloaded = true");

        // Drag the first deal to the next stage: both headers follow, the page stays.
        drag(page, card(page, mover), cards(page, pipeline.second()));
        assertThat(sum(page, pipeline.first())).hasAttribute("data-sum", "40.00");
        assertThat(sum(page, pipeline.second())).hasAttribute("data-sum", "110.00");
        assertThat(count(page, pipeline.second())).hasText("2");
        assertThat(cards(page, pipeline.second()).locator("#deal-card-" + mover)).hasCount(1);
        assertThat(page.evaluate("window.boardNotReloaded === true")).isEqualTo(true);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("deal-board.png")).setFullPage(true));

        // The deal's page records the move in its stage history.
        page.locator("#deal-card-" + mover + " a").first().click();
        assertThat(page).hasURL(Pattern.compile("/deals/" + mover + "$"));
        assertThat(page.locator("[data-testid=stage-history] tbody tr td:first-child")).hasText(new String[] {"First", "Second"});
        page.navigate("/deals/board?pipelineId=" + pipeline.id());
        page.evaluate("window.boardNotReloaded = true");

        // Dropping on Lost asks why; cancelling puts the card back.
        drag(page, card(page, loser), cards(page, pipeline.lost()));
        Locator dialog = page.getByTestId("board-lost-dialog");
        assertThat(dialog).isVisible();
        assertThat(dialog.getByRole(AriaRole.HEADING)).hasText("Why was the deal lost?");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel").setExact(true)).click();
        assertThat(dialog).isHidden();
        assertThat(cards(page, pipeline.first()).locator("#deal-card-" + loser)).hasCount(1);
        assertThat(count(page, pipeline.lost())).hasText("0");

        // Again, with the reason: the deal is lost for it.
        drag(page, card(page, loser), cards(page, pipeline.lost()));
        assertThat(dialog).isVisible();
        dialog.getByTestId("board-lost-confirm").click();
        assertThat(dialog.getByLabel("Closing reason")).hasClass(Pattern.compile("is-invalid"));
        dialog.getByLabel("Closing reason").selectOption(new SelectOption().setLabel("No budget"));
        dialog.getByTestId("board-lost-confirm").click();
        assertThat(count(page, pipeline.lost())).hasText("1");
        assertThat(sum(page, pipeline.first())).hasAttribute("data-sum", "0.00");
        assertThat(page.evaluate("window.boardNotReloaded === true")).isEqualTo(true);
        assertThat(jdbc.sql("select d.status || ' ' || r.name from deals d join closing_reasons r on r.id = d.closing_reason_id "
                + "where d.id = ?").param(loser).query(String.class).single()).isEqualTo("LOST No budget");
    }

    /** Drags with real pointer moves, as SortableJS's fallback mode follows them. */
    private static void drag(Page page, Locator card, Locator target) {
        card.scrollIntoViewIfNeeded();
        BoundingBox from = card.boundingBox();
        BoundingBox to = target.boundingBox();
        double startX = from.x + from.width - 8;
        double startY = from.y + from.height - 4;
        page.mouse().move(startX, startY);
        page.mouse().down();
        page.mouse().move(startX + 10, startY + 10, new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40),
                new Mouse.MoveOptions().setSteps(25));
        page.mouse().up();
    }

    private static Locator card(Page page, long deal) {
        return page.locator("#deal-card-" + deal);
    }

    private static Locator cards(Page page, long stage) {
        return page.locator("ol.board-cards[data-stage-id=\"" + stage + "\"]");
    }

    private static Locator sum(Page page, long stage) {
        return page.locator("#board-header-" + stage + " [data-testid=board-sum]");
    }

    private static Locator count(Page page, long stage) {
        return page.locator("#board-header-" + stage + " [data-testid=board-count]");
    }

    private static void signIn(Page page) {
        page.navigate("/login");
        page.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.ADMIN_EMAIL);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForLoadState(LoadState.LOAD);
    }
}
