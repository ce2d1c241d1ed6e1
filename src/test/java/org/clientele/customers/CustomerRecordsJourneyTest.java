package org.clientele.customers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A customer's whole life on pages, as one person at the keyboard would live it, among the demo
 * customers (set up as {@code CustomersJourneyTest} is): create a company, add
 * someone who works there, log a call and write a note, tag her, find her from the top bar despite
 * a typo, create her again by mistake and merge the duplicate away, then export the contacts
 * filtered by her tag. Screenshots land in {@code target/screenshots}. The context is closed
 * afterwards, its database with it: the other journeys count the demo companies exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@RequiresChromium
@DirtiesContext
class CustomerRecordsJourneyTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final TestBrowser browser = new TestBrowser();

    @LocalServerPort
    int port;

    @Test
    void createsTagsFindsMergesAndExportsACustomer() throws IOException {
        String unique = ApiCalls.unique();
        String companyName = "Quillfeather Instruments " + unique;
        String email = "henrietta." + unique + "@quillfeather.example";
        String tagName = "Journey " + unique;
        Page page = browser.desktop("http://localhost:" + port);
        signIn(page);

        // A company through the "New company" form.
        link(page, "Companies").click();
        link(page, "New company").click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(companyName);
        button(page, "Create company").click();
        assertThat(page.getByTestId("flash")).containsText("Company " + companyName + " created.");
        assertThat(page.getByTestId("company-name")).hasText(companyName);

        // Someone who works there, added from the company's page.
        page.getByTestId("add-contact").click();
        page.getByLabel("First name").fill("Henrietta");
        page.getByLabel("Last name").fill("Quillfeather");
        page.getByLabel("E-mail addresses").fill(email);
        button(page, "Create contact").click();
        assertThat(page.getByTestId("flash")).containsText("Contact Henrietta Quillfeather created.");
        assertThat(page.getByTestId("contact-name")).hasText("Henrietta Quillfeather");
        assertThat(page.getByTestId("contact-position")).containsText(companyName);
        assertThat(page).hasURL(Pattern.compile("/contacts/\\d+$"));
        String original = page.url();

        // A call and a note on her timeline; both appear on top without a reload.
        Locator entries = page.locator("#timeline-entries > li");
        assertThat(page.locator("#timeline-empty")).isVisible();
        page.getByText("Log a call").first().click();
        page.getByLabel("Direction").selectOption("INBOUND");
        page.getByLabel("Outcome").selectOption("CONNECTED");
        page.getByLabel("Duration in minutes").first().fill("12");
        page.locator("#timeline-call-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log a call")).click();
        assertThat(entries.first()).containsText("Inbound");
        assertThat(entries.first()).containsText("12 min");
        assertThat(page.locator("#timeline-note-body-editor")).isVisible();
        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Note").setExact(true));
        editor.click();
        editor.pressSequentially("Wants a quote for forty barometers");
        button(page, "Add a note").click();
        assertThat(entries.first()).containsText("Wants a quote for forty barometers");
        assertThat(entries).hasCount(2);
        assertThat(page.locator("#timeline-empty")).isHidden();

        // A new tag from the Tags page, then on her record.
        link(page, "Tags").click();
        Locator newTag = page.getByTestId("tag-add");
        newTag.getByLabel("Name").fill(tagName);
        newTag.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
        assertThat(page.getByTestId("flash")).containsText("Tag " + tagName + " added.");
        assertThat(page.getByTestId("tags")).containsText(tagName);
        page.navigate(original);
        Locator tags = page.getByTestId("record-tags");
        tags.getByLabel("Add a tag").selectOption(tagName);
        tags.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a tag")).click();
        assertThat(tags.locator(".badge")).containsText(new String[] {tagName});
        assertThat(tags.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove the tag " + tagName))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("customer-record.png")).setFullPage(true));

        // Found again from the top bar, despite a typo.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home").setExact(true)).click();
        page.waitForLoadState(LoadState.LOAD); // htmx binds the box once the deferred scripts have run
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Find anything")).fill("henrieta quilfeather");
        Locator suggestions = page.getByRole(AriaRole.LISTBOX);
        Locator found = suggestions.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Contacts"))
                .getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(Pattern.compile("Henrietta Quillfeather")));
        assertThat(found).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("customer-search.png")));
        found.click();
        assertThat(page).hasURL(original);
        assertThat(page.getByTestId("contact-name")).hasText("Henrietta Quillfeather");

        // The same person again by mistake: the form warns, and she is created anyway.
        link(page, "Contacts").click();
        link(page, "New contact").click();
        page.getByLabel("First name").fill("Henrietta");
        page.getByLabel("Last name").fill("Quillfeather");
        page.getByLabel("Position", new Page.GetByLabelOptions().setExact(true)).fill("Head of purchasing");
        page.getByLabel("E-mail addresses").fill(email);
        button(page, "Create contact").click();
        Locator warning = page.getByTestId("duplicate-warning");
        assertThat(warning).containsText("This may exist already");
        assertThat(warning.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Henrietta Quillfeather"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("customer-duplicate.png")).setFullPage(true));
        button(page, "Create anyway").click();
        assertThat(page.getByTestId("flash")).containsText("Contact Henrietta Quillfeather created.");
        assertThat(page).hasURL(Pattern.compile("/contacts/\\d+$"));
        String duplicate = page.url();
        org.assertj.core.api.Assertions.assertThat(duplicate).isNotEqualTo(original);

        // Merged from the duplicate's page into the original, keeping the duplicate's job title.
        page.getByTestId("merge").click();
        page.getByTestId("merge-likely").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Compare")).click();
        page.getByTestId("merge-swap").click();
        Locator mergeForm = page.getByTestId("merge-form");
        mergeForm.getByLabel("Head of purchasing").check();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("customer-merge.png")).setFullPage(true));
        button(page, "Merge and delete the other").click();
        assertThat(page).hasURL(original);
        assertThat(page.getByTestId("flash")).containsText("Merged into Henrietta Quillfeather.");
        assertThat(page.getByTestId("contact-position")).containsText("Head of purchasing");
        assertThat(page.getByTestId("contact-position")).containsText(companyName);
        assertThat(entries.filter(new Locator.FilterOptions().setHasText("Wants a quote for forty barometers"))).hasCount(1);
        assertThat(entries.filter(new Locator.FilterOptions().setHasText("12 min"))).hasCount(1);
        assertThat(page.getByTestId("record-tags").locator(".badge")).containsText(new String[] {tagName});
        Response gone = page.navigate(duplicate);
        org.assertj.core.api.Assertions.assertThat(gone.status()).isEqualTo(404);

        // The contacts with her tag, exported as CSV: her alone, under a header row.
        page.goBack();
        link(page, "Contacts").click();
        Locator rows = page.locator("[data-testid=contacts] tbody tr");
        assertThat(rows.first()).isVisible();
        page.waitForLoadState(LoadState.LOAD); // htmx binds the filters once the deferred scripts have run
        page.getByTestId("contact-filters").getByLabel("Tag", new Locator.GetByLabelOptions().setExact(true)).selectOption(tagName);
        assertThat(page).hasURL(Pattern.compile("/contacts\\?.*tag=\\d+"));
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Henrietta Quillfeather");
        page.getByTestId("export-menu").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Export")).click();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("customer-export.png")).setFullPage(true));
        Download download = page.waitForDownload(() -> page.getByTestId("export-csv").click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8).stream()
                .map(line -> line.replace("\uFEFF", "")).filter(line -> !line.isBlank()).toList();
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".csv");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(lines.get(0)).startsWith("ID,First name,Last name,Title,Company,E-mail");
        org.assertj.core.api.Assertions.assertThat(lines.get(1)).contains("Henrietta", "Quillfeather", "Head of purchasing",
                companyName, email);
        org.assertj.core.api.Assertions.assertThat(String.join("\n", lines)).doesNotContain("Lorenzo", "Galli");
    }

    private static void signIn(Page page) {
        page.navigate("/login");
        page.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.ADMIN_EMAIL);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestUsers.ADMIN_PASSWORD);
        button(page, "Sign in").click();
        page.waitForLoadState(LoadState.LOAD);
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
