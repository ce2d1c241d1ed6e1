package org.clientele;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.clientele.identity.Role;
import org.clientele.testing.AuthenticatorApp;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.RequiresChromium;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two-factor sign-in in a real browser: a user switches it on from their profile, reading the key
 * off the page into an authenticator app (here {@link AuthenticatorApp}), signs out, and signs in
 * again with the password and then a code from the app.
 */
@ClienteleTest
@RequiresChromium
class TwoFactorJourneyTest {

    private static final String NAME = "Grace Hopper";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final TestBrowser browser = new TestBrowser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void setsUpTwoFactorSignInAndSignsInWithACode() {
        TestAccounts.Account account = TestAccounts.create(context, NAME, Set.of(Role.SALES));
        Page page = browser.desktop("http://localhost:" + port);
        page.navigate("/login");
        signIn(page, account);
        waitForHomePage(page);

        page.navigate("/profile");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage two-factor sign-in")).click();
        assertThat(page.getByTestId("two-factor-status")).containsText("Two-factor sign-in is off.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up two-factor sign-in")).click();
        assertThat(page).hasURL(Pattern.compile("/profile/two-factor/enrolment$"));
        assertThat(page.getByAltText("QR code with the key for your authenticator app")).isVisible();
        String secret = page.locator("#totp-secret").textContent();
        assertThat(secret.replace(" ", "")).matches("[A-Z2-7]{32}");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("two-factor-enrolment.png")).setFullPage(true));

        AuthenticatorApp app = AuthenticatorApp.withKey(secret);
        Locator codeField = page.getByLabel("Enter the six-digit code the app now shows");
        assertThat(codeField).hasAttribute("autocomplete", "one-time-code");
        assertThat(codeField).hasAttribute("inputmode", "numeric");
        codeField.fill(app.nextCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch on")).click();
        assertThat(page.getByTestId("two-factor-enabled")).isVisible();
        assertThat(page.getByTestId("recovery-codes")).hasValue(Pattern.compile("^([2-9a-z]{5}-[2-9a-z]{5}\\n){9}[2-9a-z]{5}-[2-9a-z]{5}$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Done, I have saved them")).click();
        assertThat(page.getByTestId("two-factor-status")).containsText("On since");
        page.waitForLoadState(LoadState.LOAD);

        userMenu(page).click();
        page.getByTestId("sign-out").click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));

        signIn(page, account);
        assertThat(page).hasURL(Pattern.compile("/login/code$"));
        assertThat(userMenu(page)).hasCount(0);
        Locator appCode = page.getByLabel("Code from your app");
        assertThat(appCode).isFocused();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("two-factor-code.png")).setFullPage(true));
        appCode.fill(app.nextCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();

        waitForHomePage(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(NAME);
    }

    private static void signIn(Page page, TestAccounts.Account account) {
        page.getByLabel("E-mail address", new Page.GetByLabelOptions().setExact(true)).fill(account.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(account.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private static void waitForHomePage(Page page) {
        assertThat(page).hasURL(Pattern.compile("/$"));
        page.waitForLoadState(LoadState.LOAD);
    }

    private static Locator userMenu(Page page) {
        return page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(NAME));
    }
}
