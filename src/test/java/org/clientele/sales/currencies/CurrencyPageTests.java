package org.clientele.sales.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Role;
import org.clientele.shared.CurrencyCode;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Administration › Currencies on pages: currencies in use, the reporting currency and rates by hand. Rates of 2008. */
@ClienteleTest
class CurrencyPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CurrencyManagement currencies;

    @Autowired
    DatedExchangeRates rates;

    private Cookie admin;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
    }

    @Test
    void administratorsPutCurrenciesInUseButKeepTheReportingCurrency() {
        Document page = html(mvc.get().uri("/admin/currencies").cookie(admin).exchange());
        assertThat(page.select("nav.navbar a[href=/admin/currencies]")).as("administration menu entry").hasSize(1);
        assertThat(page.select("[data-testid=currencies-in-use] tr[data-code=EUR] .badge").text()).isEqualTo("Reporting");
        assertThat(page.select("[data-testid=rate-loading]").text()).contains("clientele.currencies.ecb.enabled");

        assertThat(post("/admin/currencies", "code", "NZD")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/currencies");
        assertThat(currencies.inUse()).contains(CurrencyCode.of("NZD"));
        assertThat(html(mvc.get().uri("/admin/currencies").cookie(admin).exchange())
                .select("[data-testid=currencies-in-use] tr[data-code=NZD]")).hasSize(1);
        assertThat(post("/admin/currencies/NZD/remove")).hasStatus3xxRedirection();
        assertThat(currencies.inUse()).doesNotContain(CurrencyCode.of("NZD"));

        assertThat(post("/admin/currencies/EUR/remove")).hasStatus3xxRedirection();
        assertThat(currencies.inUse()).as("the reporting currency stays").contains(CurrencyCode.of("EUR"));
        int before = currencies.inUse().size();
        assertThat(post("/admin/currencies", "code", "ABC")).as("not a currency").hasStatus3xxRedirection();
        assertThat(currencies.inUse()).hasSize(before);
        assertThat(post("/admin/currencies/load")).as("no source configured").hasStatus3xxRedirection();
    }

    @Test
    void administratorsAddCorrectAndDeleteRatesWithMessagesNextToTheFields() {
        Document form = html(mvc.get().uri("/admin/currencies/rates/new?to=ZAR").cookie(admin).exchange());
        assertThat(form.select("select[name=from] option[selected]").val()).isEqualTo("EUR");
        assertThat(form.select("select[name=to] option[selected]").val()).isEqualTo("ZAR");

        Document refused = html(mvc.post().uri("/admin/currencies/rates").with(csrf()).cookie(admin)
                .param("from", "EUR").param("to", "ZAR").param("rate", "-2").param("date", "2008-06-31").exchange());
        assertThat(refused.select("#rate-errors").text()).isEqualTo("A rate is greater than zero.");
        assertThat(refused.select("#date-errors").text()).isEqualTo("Enter a date such as 2026-01-31.");
        assertThat(refused.select("input[name=rate]").val()).as("what was typed stays").isEqualTo("-2");

        assertThat(post("/admin/currencies/rates", "from", "EUR", "to", "ZAR", "rate", "11.75", "date", "2008-06-02"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/currencies/rates?from=EUR&to=ZAR");
        Document list = html(mvc.get().uri("/admin/currencies/rates?from=EUR&to=ZAR&date=2008-12-31").cookie(admin).exchange());
        assertThat(list.select("[data-testid=rates] tbody tr")).hasSize(1);
        assertThat(list.select("[data-testid=rates] tbody td").eachText()).containsSequence("2008-06-02", "1 EUR in ZAR", "11.75", "By hand");
        long id = Long.parseLong(list.select("[data-testid=rates] tbody tr").attr("data-rate-id"));

        assertThat(html(mvc.get().uri("/admin/currencies/rates/" + id + "/edit").cookie(admin).exchange())
                .select("input[name=rate]").val()).isEqualTo("11.75");
        assertThat(post("/admin/currencies/rates/" + id, "from", "EUR", "to", "ZAR", "rate", "11.8", "date", "2008-06-02"))
                .hasStatus3xxRedirection();
        assertThat(rates.rate(CurrencyCode.of("EUR"), CurrencyCode.of("ZAR"), LocalDate.parse("2008-06-03")).rate())
                .isEqualTo(new BigDecimal("11.8"));

        Document confirmation = html(mvc.get().uri("/admin/currencies/rates/" + id + "/delete").cookie(admin).exchange());
        assertThat(confirmation.select("[data-testid=rate-to-delete]").text()).startsWith("1 EUR = 11.8 ZAR.");
        assertThat(post("/admin/currencies/rates/" + id + "/delete")).hasStatus3xxRedirection();
        assertThat(html(mvc.get().uri("/admin/currencies/rates?from=EUR&to=ZAR&date=2008-12-31").cookie(admin).exchange())
                .select("[data-testid=no-rates]")).hasSize(1);
    }

    @Test
    void salesUsersLookButDoNotChange() {
        TestAccounts.Account seller = TestAccounts.create(context, "Sally Seller", Set.of(Role.SALES));
        Cookie sales = PageSessions.signIn(mvc, seller.email(), seller.password());

        Document page = html(mvc.get().uri("/admin/currencies").cookie(sales).exchange());
        assertThat(page.select("nav.navbar a[href=/admin/currencies]")).hasSize(1);
        assertThat(page.select("[data-testid=currencies-in-use]")).hasSize(1);
        assertThat(page.select("[data-testid=currency-add], [data-testid=reporting-form]")).isEmpty();
        Document list = html(mvc.get().uri("/admin/currencies/rates").cookie(sales).exchange());
        assertThat(list.select("[data-testid=rate-filters]")).hasSize(1);
        assertThat(list.select("[data-testid=new-rate], [data-testid=delete-rate]")).isEmpty();

        assertThat(mvc.get().uri("/admin/currencies/rates/new").cookie(sales).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/currencies").with(csrf()).cookie(sales).param("code", "NZD").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/currencies/rates").with(csrf()).cookie(sales).param("from", "EUR").param("to", "NZD")
                .param("rate", "1").param("date", "2008-01-01").exchange()).hasStatus(403);
    }

    @Test
    void theRateListAnswersHtmxWithItsResultsAlone() {
        Document fragment = html(mvc.get().uri("/admin/currencies/rates?from=EUR&to=ZAR&sort=date").cookie(admin)
                .header("HX-Request", "true").exchange());
        assertThat(fragment.select("nav.navbar")).isEmpty();
        assertThat(fragment.select("#rate-results")).hasSize(1);
    }

    private MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri).with(csrf()).cookie(admin);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
