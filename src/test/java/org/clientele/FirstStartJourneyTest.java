package org.clientele;

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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A fresh installation in a real browser: the first start leads to the setup page, which creates
 * the administrator, who then signs in, sees the home page and signs out; then the same person on
 * a phone. The tests run in order because setup happens once per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@DirtiesContext
@RequiresChromium
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartJourneyTest {

    private static final String NAME = "Ada Lovelace";
    private static final String EMAIL = "ada@example.com";
    private static final String PASSWORD = "Analytical-Engine-1843";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final TestBrowser browser = new TestBrowser();

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void setsUpSignsInAndSignsOut() {
        Page page = browser.desktop(baseUrl());
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/setup$"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("setup.png")).setFullPage(true));

        fillSetup(page, "too short");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Some fields need correcting");
        assertThat(field(page, "Password")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(field(page, "Password")).hasAccessibleDescription(
                Pattern.compile("The password needs at least 12 characters\\."));
        assertThat(field(page, "Full name")).hasValue(NAME);
        assertThat(field(page, "E-mail address")).hasValue(EMAIL);

        fillSetup(page, PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.getByTestId("flash")).hasText("Administrator " + EMAIL + " created. Sign in to start.");
        page.navigate("/setup");
        assertThat(page).hasURL(Pattern.compile("/login$"));

        signIn(page, "not-the-password");
        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page.getByTestId("login-error")).hasText("The e-mail address or password is not correct.");

        signIn(page, PASSWORD);
        waitForHomePage(page);
        // The administrator chose German; until there are German texts, only the page's language shows it.
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(NAME);
        assertThat(menuToggler(page)).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("home.png")).setFullPage(true));
        assertServiceWorkerKeepsTheOfflinePage(page);

        userMenu(page).click();
        page.getByTestId("sign-out").click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have been signed out.");
    }

    @Test
    @Order(2)
    void collapsesTheNavigationOnPhones() {
        Page page = browser.phone(baseUrl());
        page.navigate("/login");
        signIn(page, PASSWORD);
        waitForHomePage(page);

        assertThat(menuToggler(page)).isVisible();
        assertThat(menuToggler(page)).hasAttribute("aria-expanded", "false");
        assertThat(userMenu(page)).isHidden();

        menuToggler(page).click();
        assertThat(menuToggler(page)).hasAttribute("aria-expanded", "true");
        // Bootstrap marks the menu "show" once it has slid open; with many entries the user menu
        // is below the sliding edge until then.
        assertThat(page.locator("#main-navigation")).hasClass(Pattern.compile("\\bshow\\b"));
        userMenu(page).click();
        assertThat(page.getByTestId("sign-out")).isVisible();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static void fillSetup(Page page, String password) {
        field(page, "Full name").fill(NAME);
        field(page, "E-mail address").fill(EMAIL);
        field(page, "Password").fill(password);
        field(page, "Repeat the password").fill(password);
        choice(page, "Language").selectOption("de");
        choice(page, "Time zone").selectOption("Europe/Berlin");
        page.getByRole(AriaRole.CHECKBOX).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create administrator")).click();
    }

    private static void signIn(Page page, String password) {
        field(page, "E-mail address").fill(EMAIL);
        field(page, "Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** On the home page, with its scripts run: the menus open only once Bootstrap's deferred script has. */
    private static void waitForHomePage(Page page) {
        assertThat(page).hasURL(Pattern.compile("/$"));
        page.waitForLoadState(LoadState.LOAD);
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator choice(Page page, String label) {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /** The button that opens the navigation on small screens. */
    private static Locator menuToggler(Page page) {
        return page.locator("button[aria-controls=main-navigation]");
    }

    /** The toggle of the user menu, whose accessible name contains the user's name in any language. */
    private static Locator userMenu(Page page) {
        return page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(NAME));
    }

    /** The service worker that makes Clientele installable is running and has the offline page at hand. */
    private static void assertServiceWorkerKeepsTheOfflinePage(Page page) {
        Object state = page.evaluate("""
                () => navigator.serviceWorker.ready.then((registration) => new Promise((resolve) => {
                    const worker = registration.active;
                    if (worker.state === 'activated') { resolve(worker.state); return; }
                    worker.addEventListener('statechange', () => { if (worker.state === 'activated') resolve(worker.state); });
                }))""");
        org.junit.jupiter.api.Assertions.assertEquals("activated", state);
        Object cached = page.evaluate("() => caches.match('/offline').then((response) => response ? response.status : 0)");
        org.junit.jupiter.api.Assertions.assertEquals(200, ((Number) cached).intValue());
    }
}
