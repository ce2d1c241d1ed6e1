package org.clientele.customers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
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
 * The demo company in a real browser: searching and sorting companies refresh the table in place
 * (htmx, under a policy that forbids inline scripts), a company shows its people, and a new
 * contact is added from there; the company and contact choices of the forms ask for their options
 * as one types. Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@RequiresChromium
class CustomersJourneyTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final TestBrowser browser = new TestBrowser();

    @LocalServerPort
    int port;

    @Test
    void findsACompanyInPlaceAndAddsSomeoneWhoWorksThere() {
        Page page = signedIn();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Companies").setExact(true)).click();
        Locator rows = page.locator("[data-testid=companies] tbody tr");
        assertThat(rows).hasCount(20);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("companies.png")).setFullPage(true));

        page.getByLabel("Search").fill("olivares");
        assertThat(rows).hasCount(1);
        assertThat(page).hasURL(Pattern.compile("/companies\\?.*q=olivares"));
        page.getByLabel("Search").fill("");
        page.getByTestId("company-filters").getByLabel("Country").selectOption("IT");
        assertThat(rows).hasCount(2);
        page.locator("th[aria-sort] a").first().click();
        assertThat(page.locator("th[aria-sort=descending]")).hasCount(1);
        assertThat(rows.first()).containsText("Vigneti Colle Alto");

        rows.first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Vigneti Colle Alto")).click();
        assertThat(page.getByTestId("company-contacts")).containsText("Lorenzo Galli");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Timeline"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("company.png")).setFullPage(true));
        page.getByTestId("add-contact").click();
        page.getByLabel("First name").fill("Alessia");
        page.getByLabel("Last name").fill("Romano");
        page.getByLabel("Phone numbers").fill("055 765 4321");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("contact-form.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create contact")).click();

        assertThat(page.getByTestId("flash")).containsText("Contact Alessia Romano created.");
        assertThat(page.getByTestId("contact-position")).containsText("Vigneti Colle Alto");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("contact.png")).setFullPage(true));
    }

    /** The company and contact choices that forms share: typing asks for options in place; contacts follow the company except on payments. */
    @Test
    void theCompanyAndContactChoicesOfferWhatIsTyped() {
        Page page = signedIn();
        page.navigate("/quotes/new");
        choose(page, "vigneti", "Vigneti Colle Alto");
        Locator contacts = page.getByLabel("Contact", new Page.GetByLabelOptions().setExact(true)).locator("option");
        page.getByLabel("Search contacts").fill("brandt");
        assertThat(contacts).hasText(new String[] {"No contact"});
        page.getByLabel("Search contacts").fill("galli");
        assertThat(contacts).hasCount(3);
        assertThat(contacts.nth(1)).containsText("Galli");

        page.navigate("/payments/new?kind=CUSTOMER_PAYMENT");
        choose(page, "vigneti", "Vigneti Colle Alto");
        page.getByLabel("Search contacts").fill("brandt");
        assertThat(contacts.filter(new Locator.FilterOptions().setHasText("Klaus Brandt"))).hasCount(1);
    }

    private static void choose(Page page, String typed, String company) {
        page.getByLabel("Search companies").fill(typed);
        Locator choice = page.getByLabel("Company", new Page.GetByLabelOptions().setExact(true));
        assertThat(choice.locator("option")).hasText(new String[] {"No company", company});
        choice.selectOption(new SelectOption().setLabel(company));
    }

    private Page signedIn() {
        Page page = browser.desktop("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.ADMIN_EMAIL);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState(LoadState.LOAD);
        return page;
    }
}
