package org.clientele.sales.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.junit.jupiter.api.Test;

/** The ECB reference rate files, written by hand in the ECB's format, under src/test/resources/ecb. */
class EcbReferenceRatesXmlTests {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Test
    void theDailyFileGivesEveryCurrencyAgainstTheEuroOnItsDay() throws IOException {
        List<LoadedRate> rates = parse("eurofxref-daily.xml");

        assertThat(rates).hasSize(30).allSatisfy(rate -> {
            assertThat(rate.from()).isEqualTo(EUR);
            assertThat(rate.date()).isEqualTo(LocalDate.parse("2025-03-14"));
        });
        assertThat(rates.get(0)).isEqualTo(new LoadedRate(EUR, CurrencyCode.of("USD"), new BigDecimal("1.0882"), LocalDate.parse("2025-03-14")));
        assertThat(rates).contains(new LoadedRate(EUR, CurrencyCode.of("IDR"), new BigDecimal("17838.89"), LocalDate.parse("2025-03-14")));
    }

    @Test
    void theHistoryFileGivesEachDayItsRates() throws IOException {
        List<LoadedRate> rates = parse("eurofxref-hist-90d.xml");

        assertThat(rates).hasSize(15);
        assertThat(rates.stream().map(LoadedRate::date).distinct())
                .containsExactly(LocalDate.parse("2025-03-13"), LocalDate.parse("2025-03-12"), LocalDate.parse("2025-03-11"));
        assertThat(rates).contains(new LoadedRate(EUR, CurrencyCode.of("GBP"), new BigDecimal("0.8399"), LocalDate.parse("2025-03-12")));
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        assertThatThrownBy(() -> parse("external-entity.xml")).isInstanceOf(IOException.class);
    }

    @Test
    void otherXmlIsRefused() {
        assertThatThrownBy(() -> parse("not-ecb.xml")).isInstanceOf(IOException.class).hasMessageContaining("Envelope");
    }

    private static List<LoadedRate> parse(String file) throws IOException {
        try (InputStream in = EcbReferenceRatesXmlTests.class.getResourceAsStream("/ecb/" + file)) {
            return EcbReferenceRatesXml.parse(in);
        }
    }
}
