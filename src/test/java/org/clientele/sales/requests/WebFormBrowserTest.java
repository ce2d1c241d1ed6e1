package org.clientele.sales.requests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.RequiresChromium;
import org.clientele.testing.TestBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The done-means check in a real browser: a page served from another origin (a loopback
 * server on a port of its own) frames the form, posts it with {@code fetch} under CORS and as a
 * plain HTML form; each post creates a request matched to the contact who sent it. The same page
 * from an origin the form does not allow gets no CORS permission and creates nothing.
 */
@ClienteleTest
@RequiresChromium
class WebFormBrowserTest {

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

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerSitePostsTheFormFromAnotherOrigin() throws Exception {
        SalesApi admin = new SalesApi(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        String word = SalesApi.unique();
        String email = "ann-" + word + "@partner.example";
        String contactId = admin.create("/api/v1/contacts?allowDuplicates=true",
                "{\"firstName\": \"Ann\", \"lastName\": \"Browser " + word + "\", \"emails\": [\"" + email + "\"]}");
        String source = admin.create("/api/v1/lead-sources", "{\"name\": \"Browser site " + word + "\"}");
        String formId = admin.create("/api/v1/web-forms", """
                {"name": "Partner form", "leadSourceId": "%s", "fields": ["FIRST_NAME", "LAST_NAME", "EMAIL", "SUBJECT", "MESSAGE"],
                 "requiredFields": ["EMAIL", "MESSAGE"]}""".formatted(source));
        String path = SalesApi.read(admin.get("/api/v1/web-forms/" + formId), "$.path");

        try (WebFormSite site = WebFormSite.serving("http://127.0.0.1:" + port + path, email)) {
            assertThat(admin.patch("/api/v1/web-forms/" + formId, "{\"allowedOrigins\": [\"" + site.origin() + "\"]}"))
                    .hasStatusOk();

            Page page = browser.desktop(site.origin());
            page.navigate("/");
            assertThat(page.frameLocator("#embedded").locator("input[name=email]")).isVisible();
            page.locator("#fetch").click();
            assertThat(page.locator("#result")).containsText("201 CREATED R-");
            List<Map<String, Object>> created = requests(formId);
            assertThat(created).hasSize(1);
            assertThat(String.valueOf(created.get(0).get("contact_id"))).isEqualTo(contactId);
            assertThat(created.get(0).get("subject")).isEqualTo("Quote from the partner site");
            assertThat(page.locator("#result")).containsText((String) created.get(0).get("ticket"));

            page.locator("#plain-send").click();
            assertThat(page.locator("[data-testid=form-message]")).containsText("R-");
            assertThat(requests(formId)).hasSize(2)
                    .anySatisfy(request -> assertThat(String.valueOf(request.get("contact_id"))).isEqualTo(contactId));

            Page elsewhere = browser.desktop(site.origin().replace("127.0.0.1", "localhost"));
            elsewhere.navigate("/");
            elsewhere.locator("#fetch").click();
            assertThat(elsewhere.locator("#result")).hasText("blocked");
            assertThat(requests(formId)).as("nothing from an origin the form does not allow").hasSize(2);
        }
    }

    private List<Map<String, Object>> requests(String formId) {
        return jdbc.sql("select * from requests where web_form_id = ? order by id").param(Long.parseLong(formId)).query().listOfRows();
    }
}
