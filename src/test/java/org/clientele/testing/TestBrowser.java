package org.clientele.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, for browser tests: started once per test class, with
 * fresh browser contexts (own cookies, own viewport) for each test, closed after it. Register it
 * with {@code @RegisterExtension static final TestBrowser browser = new TestBrowser();} on a class
 * annotated {@link RequiresChromium}. Playwright never downloads a browser of its own.
 */
public final class TestBrowser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private Playwright playwright;
    private Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + ": install it with apt-get install chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(ARGUMENTS));
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    /** A page at a desktop size, 1280 by 800, in a context of its own. */
    public Page desktop(String baseUrl) {
        return open(baseUrl, options().setViewportSize(1280, 800));
    }

    /** A page at a phone size, 390 by 844, touch-enabled, in a context of its own. */
    public Page phone(String baseUrl) {
        return open(baseUrl, options().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
    }

    private static Browser.NewContextOptions options() {
        return new Browser.NewContextOptions().setLocale("en-US").setTimezoneId("UTC");
    }

    private Page open(String baseUrl, Browser.NewContextOptions options) {
        BrowserContext context = chromium.newContext(options.setBaseURL(baseUrl));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (playwright != null) {
            playwright.close();
        }
    }
}
