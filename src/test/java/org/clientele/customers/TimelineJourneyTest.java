package org.clientele.customers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.RequiresChromium;
import org.clientele.testing.TestBrowser;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The timeline in a real browser: the note editor's toolbar, entries that appear on top without
 * the page reloading, messages next to the field, a logged call, and deletion after confirming.
 */
@ClienteleTest
@RequiresChromium
class TimelineJourneyTest {

    @RegisterExtension
    static final TestBrowser browser = new TestBrowser();

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Test
    void writesANoteWithTheToolbarLogsACallAndDeletesTheNote() {
        String company = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow()).create("/api/v1/companies",
                "{\"name\": \"Journey " + ApiCalls.unique() + "\"}");
        Page page = browser.desktop("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("E-mail address").fill(TestUsers.ADMIN_EMAIL);
        page.getByLabel("Password").fill(TestUsers.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/$"));

        page.navigate("/companies/" + company + "/timeline");
        assertThat(page.locator("#timeline-empty")).isVisible();
        page.evaluate("window.timelineJourneyMarker = 'not reloaded'");

        Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Note"));
        Locator toolbar = page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("Formatting")).first();
        assertThat(page.locator("#timeline-note-body")).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a note")).click();
        assertThat(page.locator("#timeline-note-form")).containsText("This field is required.");
        // The form came back by htmx; its text area turns into the editor once htmx has settled it.
        assertThat(page.locator("#timeline-note-body-editor")).isVisible();

        editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Note"));
        editor.click();
        editor.pressSequentially("Met Anna, ");
        page.getByRole(AriaRole.TOOLBAR, new Page.GetByRoleOptions().setName("Formatting")).first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bold")).click();
        editor.pressSequentially("very keen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a note")).click();

        Locator newest = page.locator("#timeline-entries > li").first();
        assertThat(newest).containsText("Met Anna, very keen");
        assertThat(newest.locator(".timeline-body b")).hasText("very keen");
        assertThat(page.locator("#timeline-empty")).isHidden();
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Note"))).isEmpty();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.timelineJourneyMarker")).isEqualTo("not reloaded");

        page.getByText("Log a call").first().click();
        page.getByLabel("Direction").selectOption("OUTBOUND");
        page.getByLabel("Outcome").selectOption("VOICEMAIL");
        page.getByLabel("Duration in minutes").first().fill("3");
        page.locator("#timeline-call-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log a call")).click();
        assertThat(page.locator("#timeline-entries > li").first()).containsText("Outbound");
        assertThat(page.locator("#timeline-entries > li").first()).containsText("Left a voicemail");
        assertThat(page.locator("#timeline-entries > li")).hasCount(2);

        page.onceDialog(dialog -> dialog.accept());
        page.locator("#timeline-entries > li").filter(new Locator.FilterOptions().setHasText("very keen"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delete")).click();
        assertThat(page.locator("#timeline-entries > li")).hasCount(1);
        assertThat(page.locator("#timeline-entries")).not().containsText("very keen");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.timelineJourneyMarker")).isEqualTo("not reloaded");
        assertThat(toolbar).isVisible();
    }
}
