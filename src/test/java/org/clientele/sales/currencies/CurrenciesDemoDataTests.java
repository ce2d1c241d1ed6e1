package org.clientele.sales.currencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The demo data, loaded at start-up into a database of its own: euro-based rates that convert recent and older amounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class CurrenciesDemoDataTests {

    @Autowired
    CurrencyManagement currencies;

    @Autowired
    DatedExchangeRates rates;

    @Test
    void dollarsPoundsAndFrancsConvertTodayAndAYearAgo() {
        assertThat(currencies.inUse()).contains(CurrencyCode.of("EUR"), CurrencyCode.of("USD"), CurrencyCode.of("GBP"), CurrencyCode.of("CHF"));
        for (LocalDate day : new LocalDate[] {LocalDate.now(), LocalDate.now().minusYears(1)}) {
            assertThat(rates.rate(CurrencyCode.of("USD"), CurrencyCode.of("EUR"), day).on()).isAfter(day.minusDays(32));
            Money pounds = rates.convert(Money.of("100", "USD"), CurrencyCode.of("GBP"), day);
            assertThat(pounds.amount()).isBetween(new BigDecimal("70"), new BigDecimal("85"));
            assertThat(rates.rate(CurrencyCode.of("USD"), CurrencyCode.of("CHF"), day).via()).contains(CurrencyCode.of("EUR"));
        }
    }
}
