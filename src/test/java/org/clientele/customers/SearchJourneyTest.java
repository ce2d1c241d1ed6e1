package org.clientele.customers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.RequiresChromium;
import org.clientele.testing.TestBrowser;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The top bar's search box in a real browser, on the demo customers (the same application context
 * as {@code CustomersJourneyTest}): "/" focuses it, suggestions appear as one types despite a
 * typo, Escape closes them, the arrow keys and Enter open a record, a click on a suggestion opens
 * another, and Enter alone leads to the results page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@RequiresChromium
class SearchJourneyTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final TestBrowser browser = new TestBrowser();

    @LocalServerPort
    int port;

    @Test
    void findsRecordsFromTheTopBarDespiteATypo() {
        Page page = browser.desktop("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.ADMIN_EMAIL);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState(LoadState.LOAD);

        Locator box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Find anything"));
        Locator suggestions = page.getByRole(AriaRole.LISTBOX);
        page.locator("main").click();
        page.keyboard().press("/");
        assertThat(box).isFocused();

        page.keyboard().type("vigneti cole", new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(30));
        Locator company = suggestions.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(Pattern.compile("Vigneti Colle Alto")));
        assertThat(company).isVisible();
        assertThat(box).hasAttribute("aria-expanded", "true");
        assertThat(suggestions.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Companies"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-suggestions.png")));

        page.keyboard().press("Escape");
        assertThat(suggestions).isHidden();
        assertThat(box).hasAttribute("aria-expanded", "false");

        page.keyboard().press("ArrowDown");
        assertThat(company).hasClass(Pattern.compile("\\bactive\\b"));
        assertThat(box).hasAttribute("aria-activedescendant", company.getAttribute("id"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/companies/\\d+$"));
        assertThat(page.locator("h1")).containsText("Vigneti Colle Alto");
        page.waitForLoadState(LoadState.LOAD); // htmx binds the box once the deferred scripts have run

        box.fill("lorenso gali");
        assertThat(suggestions.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Contacts"))).isVisible();
        Locator contact = suggestions.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(Pattern.compile("Lorenzo Galli")));
        contact.click();
        assertThat(page).hasURL(Pattern.compile("/contacts/\\d+$"));
        assertThat(page.locator("h1")).containsText("Lorenzo Galli");
        page.waitForLoadState(LoadState.LOAD);

        box.fill("colle alto");
        assertThat(suggestions).isVisible();
        box.press("Enter");
        assertThat(page).hasURL(Pattern.compile("/search\\?q=colle\\+alto$"));
        assertThat(page.locator("[data-search-group=company]")).containsText("Vigneti Colle Alto");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-results.png")).setFullPage(true));
    }
}
