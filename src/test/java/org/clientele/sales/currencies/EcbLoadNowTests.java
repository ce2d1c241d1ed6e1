package org.clientele.sales.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import jakarta.servlet.http.Cookie;
import org.clientele.shared.CurrencyCode;
import org.clientele.testing.PageSessions;
import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** ECB loading switched on, from a local copy of the daily file: the daily job is registered and administrators load now. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.currencies.ecb.enabled=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@AutoConfigureMockMvc
class EcbLoadNowTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DatedExchangeRates rates;

    @DynamicPropertySource
    static void localEcbFile(DynamicPropertyRegistry registry) {
        registry.add("clientele.currencies.ecb.url", () -> {
            try {
                return EcbLoadNowTests.class.getResource("/ecb/eurofxref-daily.xml").toURI().toString();
            }
            catch (URISyntaxException ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    @Test
    void theDailyJobIsRegisteredAndLoadNowStoresTheRates() throws Exception {
        assertThat(context.getBeansOfType(RecurringTask.class).values()).extracting(RecurringTask::getName)
                .contains(EcbLoadingConfiguration.TASK_NAME);
        Cookie admin = PageSessions.signInAsAdministrator(mvc);
        Document page = html(mvc.get().uri("/admin/currencies").cookie(admin).exchange());
        assertThat(page.select("[data-testid=rate-loading]").text()).contains("ECB");
        assertThat(page.select("[data-testid=load-now]")).hasSize(1);

        MvcTestResult loaded = mvc.post().uri("/admin/currencies/load").with(csrf()).cookie(admin).exchange();
        assertThat(loaded).hasStatus3xxRedirection().hasRedirectedUrl("/admin/currencies");
        Document after = html(mvc.get().uri("/admin/currencies").cookie(admin).flashAttrs(loaded.getMvcResult().getFlashMap()).exchange());
        // The daily job may have loaded the file first if the test runs at its time.
        assertThat(after.select(".alert").text())
                .containsPattern("ECB: (30 rates added, 0 updated, 0 unchanged|0 rates added, 0 updated, 30 unchanged), 0 kept");
        assertThat(rates.rate(CurrencyCode.of("EUR"), CurrencyCode.of("USD"), LocalDate.parse("2025-03-20")).rate())
                .isEqualTo(new BigDecimal("1.0882"));
    }

    private static Document html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
