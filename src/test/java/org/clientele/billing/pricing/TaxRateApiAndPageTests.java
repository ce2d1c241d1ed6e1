package org.clientele.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Role;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/v1/tax-rates} and the page {@code /admin/tax-rates}. */
@ClienteleTest
class TaxRateApiAndPageTests {

    private static final String RATES = "/api/v1/tax-rates";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Autowired
    TaxRateManagement rates;

    private ApiClient admin;

    @BeforeEach
    void signIn() {
        admin = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void administratorsCreateChangeDeactivateAndMarkTheDefault() {
        String tag = unique();
        String standard = admin.create(RATES, "{\"name\": \" Standard " + tag + " \", \"percent\": \"19.00\"}");
        assertThat(admin.get(RATES + "/" + standard)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Standard " + tag))
                .hasPathSatisfying("$.percent", percent -> assertThat(percent).isEqualTo("19"))
                .hasPathSatisfying("$.includedByDefault", included -> assertThat(included).isEqualTo(false))
                .hasPathSatisfying("$.active", active -> assertThat(active).isEqualTo(true))
                .hasPathSatisfying("$.isDefault", isDefault -> assertThat(isDefault).isEqualTo(false));
        String reduced = admin.create(RATES, "{\"name\": \"Reduced " + tag + "\", \"percent\": \"7.5\", \"includedByDefault\": true, "
                + "\"isDefault\": true}");
        assertThat(rates.defaultRate()).map(TaxRateView::id).contains(Long.valueOf(reduced));

        assertThat(admin.patch(RATES + "/" + standard, "{\"isDefault\": true, \"percent\": \"20\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.isDefault", isDefault -> assertThat(isDefault).isEqualTo(true))
                .hasPathSatisfying("$.percent", percent -> assertThat(percent).isEqualTo("20"));
        assertThat(rates.find(Long.parseLong(reduced))).map(TaxRateView::isDefault).contains(false);

        assertThat(admin.patch(RATES + "/" + standard, "{\"active\": false}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.active", active -> assertThat(active).isEqualTo(false))
                .hasPathSatisfying("$.isDefault", isDefault -> assertThat(isDefault).as("an inactive rate is no default").isEqualTo(false));
        assertThat(rates.active()).extracting(TaxRateView::name).contains("Reduced " + tag).doesNotContain("Standard " + tag);
        assertThat(admin.get(RATES)).hasStatusOk().bodyJson().extractingPath("$.data[*].name").asArray()
                .contains("Standard " + tag, "Reduced " + tag);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        String tag = unique();
        admin.create(RATES, "{\"name\": \"Taken " + tag + "\", \"percent\": \"5\"}");

        MvcTestResult refused = admin.post(RATES, "{\"name\": \"taken " + tag + "\", \"percent\": \"100.5\"}");
        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("name", "percent");
        assertThat(admin.post(RATES, "{\"name\": \"Odd " + tag + "\", \"percent\": \"7.12345\"}")).hasStatus(422);
        assertThat(admin.post(RATES, "{\"name\": \"Odd " + tag + "\", \"percent\": \"7\", \"colour\": \"red\"}")).hasStatus(422);
        assertThat(admin.patch(RATES + "/999999999", "{\"percent\": \"7\"}")).hasStatus(404);
    }

    @Test
    void salesUsersReadRatesButOnlyAdministratorsChangeThem() {
        long salesUser = TestAccounts.create(context, "Sales " + unique(), Set.of(Role.SALES)).user().id();
        ApiClient sales = new ApiClient(mvc, encoder, salesUser);

        assertThat(sales.get(RATES)).hasStatusOk();
        assertThat(sales.post(RATES, "{\"name\": \"Mine\", \"percent\": \"1\"}")).hasStatus(403);
    }

    @Test
    void thePageAddsChangesDeactivatesAndMarksTheDefault() throws Exception {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        String tag = unique();

        assertThat(mvc.post().uri("/admin/tax-rates").with(csrf()).cookie(session).param("name", "Page " + tag).param("percent", "8,5")
                .param("includedByDefault", "true").exchange()).hasRedirectedUrl("/admin/tax-rates");
        TaxRateView created = rates.all().stream().filter(rate -> rate.name().equals("Page " + tag)).findFirst().orElseThrow();
        assertThat(created.percent()).isEqualByComparingTo("8.5");
        assertThat(created.includedByDefault()).isTrue();

        Document page = html(mvc.get().uri("/admin/tax-rates").cookie(session).exchange());
        assertThat(page.select("nav.navbar a[href=/admin/tax-rates]")).as("navigation entry").hasSize(1);
        assertThat(page.select("[data-testid=tax-rates] input[name=name]").eachAttr("value")).contains("Page " + tag);

        mvc.post().uri("/admin/tax-rates/" + created.id()).with(csrf()).cookie(session).param("name", "Page " + tag).param("percent", "9")
                .exchange();
        mvc.post().uri("/admin/tax-rates/" + created.id() + "/default").with(csrf()).cookie(session).exchange();
        assertThat(rates.find(created.id()).orElseThrow()).extracting(TaxRateView::isDefault, TaxRateView::includedByDefault)
                .containsExactly(true, false);
        MvcTestResult refused = mvc.post().uri("/admin/tax-rates").with(csrf()).cookie(session).param("name", "Page " + tag)
                .param("percent", "abc").exchange();
        assertThat(refused).hasRedirectedUrl("/admin/tax-rates");
        assertThat(refused.getMvcResult().getFlashMap().get("flash")).hasToString("Flash[kind=WARNING, messageKey=validation.billing.percent, arguments=[]]");

        mvc.post().uri("/admin/tax-rates/" + created.id() + "/active").with(csrf()).cookie(session).param("active", "false").exchange();
        assertThat(rates.find(created.id()).orElseThrow()).extracting(TaxRateView::active, TaxRateView::isDefault)
                .containsExactly(false, false);
    }

    private static Document html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
