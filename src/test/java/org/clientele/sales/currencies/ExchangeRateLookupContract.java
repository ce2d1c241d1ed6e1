package org.clientele.sales.currencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conversions with exact expected values (decision 0012): stored rates multiply exactly, an inverse
 * or cross rate divides once at 34 significant digits. Each test uses its own currencies and years,
 * so rates other tests store cannot change the answers. Subclasses pick the database.
 */
abstract class ExchangeRateLookupContract {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");
    private static final CurrencyCode USD = CurrencyCode.of("USD");

    @Autowired
    ExchangeRates exchangeRates;

    @Autowired
    DatedExchangeRates dated;

    @Autowired
    ExchangeRateManagement management;

    @Autowired
    CurrencyManagement currencies;

    @Test
    void aStoredRateMultipliesExactlyAndItsInverseDividesAt34Digits() {
        rate("EUR", "USD", "1.0850", "1991-03-01");

        assertThat(exchangeRates.convert(Money.of("100.00", "EUR"), USD, LocalDate.parse("1991-03-05")))
                .isEqualTo(new Money(new BigDecimal("108.50000"), USD));
        assertThat(exchangeRates.convert(Money.of("100.00", "USD"), EUR, LocalDate.parse("1991-03-05")))
                .isEqualTo(new Money(new BigDecimal("92.16589861751152073732718894009217"), EUR));
        assertThat(exchangeRates.convert(Money.of("100.00", "USD"), EUR, LocalDate.parse("1991-03-05")).rounded())
                .isEqualTo(Money.of("92.17", "EUR"));

        AppliedRate inverse = dated.rate(USD, EUR, LocalDate.parse("1991-03-05"));
        assertThat(inverse.rate()).isEqualTo(new BigDecimal("0.9216589861751152073732718894009217"));
        assertThat(inverse.on()).isEqualTo(LocalDate.parse("1991-03-01"));
        assertThat(inverse.via()).isEmpty();
    }

    @Test
    void theLatestRateOnOrBeforeTheDateApplies() {
        rate("GBP", "CHF", "2.0000", "1994-05-10");
        rate("GBP", "CHF", "2.5000", "1994-05-20");
        CurrencyCode chf = CurrencyCode.of("CHF");

        assertThat(convert("10", "GBP", chf, "1994-05-10")).isEqualTo(new BigDecimal("20"));
        assertThat(convert("10", "GBP", chf, "1994-05-19")).isEqualTo(new BigDecimal("20"));
        assertThat(convert("10", "GBP", chf, "1994-05-20")).isEqualTo(new BigDecimal("25.0"));
        assertThat(convert("10", "GBP", chf, "2000-01-01")).as("until a later rate").isEqualTo(new BigDecimal("25.0"));
        assertThatThrownBy(() -> convert("10", "GBP", chf, "1994-05-09")).as("before the first rate")
                .isInstanceOfSatisfying(MissingExchangeRateException.class, missing -> {
                    assertThat(missing.from()).isEqualTo(CurrencyCode.of("GBP"));
                    assertThat(missing.to()).isEqualTo(chf);
                    assertThat(missing.on()).isEqualTo(LocalDate.parse("1994-05-09"));
                });
    }

    @Test
    void crossRatesGoThroughTheEuroAndDivideOnce() {
        rate("EUR", "NOK", "9.5", "1992-06-01");
        rate("EUR", "SEK", "10.3", "1992-06-02");
        CurrencyCode sek = CurrencyCode.of("SEK");

        assertThat(convert("100.00", "NOK", sek, "1992-06-03")).isEqualTo(new BigDecimal("108.4210526315789473684210526315789"));
        AppliedRate cross = dated.rate(CurrencyCode.of("NOK"), sek, LocalDate.parse("1992-06-03"));
        assertThat(cross.rate()).isEqualTo(new BigDecimal("1.084210526315789473684210526315789"));
        assertThat(cross.on()).as("the older leg").isEqualTo(LocalDate.parse("1992-06-01"));
        assertThat(cross.via()).contains(EUR);
        assertThatThrownBy(() -> convert("1", "NOK", sek, "1992-06-01")).as("one leg is missing")
                .isInstanceOf(MissingExchangeRateException.class);
    }

    @Test
    void theMostRecentCandidateWinsAndThePairsOwnRateWinsATie() {
        rate("DKK", "PLN", "0.5", "1996-01-01");
        rate("EUR", "DKK", "7.5", "1996-02-01");
        rate("EUR", "PLN", "4.5", "1996-02-01");
        CurrencyCode pln = CurrencyCode.of("PLN");

        assertThat(convert("3", "DKK", pln, "1996-01-15")).as("only the stored rate").isEqualTo(new BigDecimal("1.5"));
        assertThat(convert("3", "DKK", pln, "1996-02-01")).as("the newer cross rate").isEqualTo(new BigDecimal("1.8"));

        rate("DKK", "PLN", "0.55", "1996-02-01");
        assertThat(convert("3", "DKK", pln, "1996-02-01")).as("the stored rate on a tie").isEqualTo(new BigDecimal("1.65"));
        rate("PLN", "DKK", "2", "1996-02-01");
        assertThat(convert("3", "DKK", pln, "1996-02-01")).as("the pair's own rate before the inverse").isEqualTo(new BigDecimal("1.65"));
        rate("PLN", "DKK", "4", "1996-03-01");
        assertThat(convert("3", "DKK", pln, "1996-03-01")).as("a newer inverse").isEqualTo(new BigDecimal("0.75"));
    }

    @Test
    void theReportingCurrencyIsEuroUntilChangedAndServesAsASecondPivot() {
        rate("USD", "JPY", "151.25", "1993-09-01");
        rate("USD", "HKD", "0.9", "1993-09-01");
        CurrencyCode hkd = CurrencyCode.of("HKD");
        assertThat(exchangeRates.reportingCurrency()).isEqualTo(EUR);
        assertThatThrownBy(() -> convert("250000", "JPY", hkd, "1993-09-02")).isInstanceOf(MissingExchangeRateException.class);

        currencies.changeReportingCurrency("usd");
        try {
            assertThat(exchangeRates.reportingCurrency()).isEqualTo(USD);
            assertThat(currencies.inUse()).contains(USD, EUR);
            assertThat(convert("250000", "JPY", hkd, "1993-09-02")).isEqualTo(new BigDecimal("1487.603305785123966942148760330579"));
            assertThat(exchangeRates.toReportingCurrency(Money.of("302.50", "JPY"), LocalDate.parse("1993-09-02")))
                    .isEqualTo(new Money(new BigDecimal("2"), USD));
        }
        finally {
            currencies.changeReportingCurrency("EUR");
        }
    }

    @Test
    void theSameCurrencyIsLeftAsItIs() {
        Money money = Money.of("12.345", "ISK");
        assertThat(exchangeRates.convert(money, CurrencyCode.of("ISK"), LocalDate.parse("1970-01-01"))).isSameAs(money);
    }

    private BigDecimal convert(String amount, String from, CurrencyCode to, String on) {
        Money converted = exchangeRates.convert(Money.of(amount, from), to, LocalDate.parse(on));
        assertThat(converted.currency()).isEqualTo(to);
        return converted.amount();
    }

    private void rate(String from, String to, String rate, String date) {
        management.create(new ExchangeRateForm(from, to, rate, date));
    }
}
