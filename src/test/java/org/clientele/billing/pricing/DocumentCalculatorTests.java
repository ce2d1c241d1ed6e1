package org.clientele.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.junit.jupiter.api.Test;

/** The rounding and tax rules of decision 0018, with exact values. */
class DocumentCalculatorTests {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    @Test
    void oneLineOfThreeTimesAThirdRoundsOnceToOneEuro() {
        DocumentAmounts amounts = calculate(PricedLine.exclusive("3", "0.333", "0"));

        assertThat(amounts.lines().get(0).amount()).isEqualByComparingTo("1.00");
        assertThat(amounts.gross()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void threeLinesOfAThirdRoundEachSoThePrintedLinesAddUp() {
        DocumentAmounts amounts = calculate(PricedLine.exclusive("1", "0.333", "0"), PricedLine.exclusive("1", "0.333", "0"),
                PricedLine.exclusive("1", "0.333", "0"));

        assertThat(amounts.lines()).extracting(LineAmounts::amount).containsOnly(new BigDecimal("0.33"));
        assertThat(amounts.subtotal()).isEqualTo(new BigDecimal("0.99"));
        assertThat(amounts.gross()).isEqualTo(new BigDecimal("0.99"));
    }

    @Test
    void nineteenPercentAddedToNetPrices() {
        DocumentAmounts amounts = calculate(PricedLine.exclusive("1", "100.00", "19"), PricedLine.exclusive("3", "9.99", "19"));

        assertThat(amounts.net()).isEqualTo(new BigDecimal("129.97"));
        assertThat(amounts.tax()).isEqualTo(new BigDecimal("24.69"));
        assertThat(amounts.gross()).isEqualTo(new BigDecimal("154.66"));
        assertThat(amounts.taxes()).singleElement().satisfies(share -> {
            assertThat(share.percent()).isEqualTo(new BigDecimal("19"));
            assertThat(share.net()).isEqualTo(new BigDecimal("129.97"));
            assertThat(share.tax()).isEqualTo(new BigDecimal("24.69"));
        });
    }

    @Test
    void nineteenPercentTakenOutOfGrossPricesLeavesTheGrossAsItWas() {
        DocumentAmounts amounts = calculate(PricedLine.inclusive("1", "119.00", "19"), PricedLine.inclusive("1", "10.00", "19"));

        assertThat(amounts.gross()).isEqualTo(new BigDecimal("129.00"));
        assertThat(amounts.net()).isEqualTo(new BigDecimal("108.40"));
        assertThat(amounts.tax()).isEqualTo(new BigDecimal("20.60"));
    }

    @Test
    void taxIsRoundedPerRateOnTheSumNotPerLine() {
        // line by line: 0.01 × 19 % = 0.0019 → 0.00 each; on the sum 0.03 × 19 % = 0.0057 → 0.01
        DocumentAmounts amounts = calculate(PricedLine.exclusive("1", "0.01", "19"), PricedLine.exclusive("1", "0.01", "19"),
                PricedLine.exclusive("1", "0.01", "19"));

        assertThat(amounts.tax()).isEqualTo(new BigDecimal("0.01"));
        assertThat(amounts.gross()).isEqualTo(new BigDecimal("0.04"));
    }

    @Test
    void mixedRatesGetOneShareEachLowestFirst() {
        DocumentAmounts amounts = calculate(PricedLine.exclusive("2", "49.95", "19"), PricedLine.exclusive("1", "12.50", "7"),
                PricedLine.inclusive("1", "10.70", "7.00"), PricedLine.exclusive("1", "5.00", "0"));

        assertThat(amounts.taxes()).extracting(TaxShare::percent)
                .containsExactly(new BigDecimal("0"), new BigDecimal("7"), new BigDecimal("19"));
        assertThat(amounts.taxes().get(0).tax()).isEqualTo(new BigDecimal("0.00"));
        // 12.50 net + 10.70 gross (10.00 net): 22.50 net, 0.88 + 0.70 tax
        assertThat(amounts.taxes().get(1).net()).isEqualTo(new BigDecimal("22.50"));
        assertThat(amounts.taxes().get(1).tax()).isEqualTo(new BigDecimal("1.58"));
        // 99.90 × 19 % = 18.981
        assertThat(amounts.taxes().get(2).tax()).isEqualTo(new BigDecimal("18.98"));
        assertThat(amounts.net()).isEqualTo(new BigDecimal("127.40"));
        assertThat(amounts.tax()).isEqualTo(new BigDecimal("20.56"));
        assertThat(amounts.gross()).isEqualTo(new BigDecimal("147.96"));
    }

    @Test
    void lineDiscountIsRoundedWithTheLineAndShownAsTheDifference() {
        DocumentAmounts amounts = calculate(PricedLine.exclusive("3", "0.333", "0").withDiscount("10"));

        // 0.999 × 90 % = 0.8991 → 0.90; listed 1.00, so 0.10 off
        assertThat(amounts.lines().get(0).listAmount()).isEqualTo(new BigDecimal("1.00"));
        assertThat(amounts.lines().get(0).amount()).isEqualTo(new BigDecimal("0.90"));
        assertThat(amounts.lines().get(0).discount()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void documentDiscountComesOffEachRateBeforeTheTax() {
        DocumentAmounts amounts = DocumentCalculator.calculate(EUR,
                List.of(PricedLine.exclusive("1", "100.00", "19"), PricedLine.exclusive("1", "33.33", "7")), new BigDecimal("5"));

        // 5 % of 100.00 = 5.00; of 33.33 = 1.6665 → 1.67
        assertThat(amounts.documentDiscount()).isEqualTo(new BigDecimal("6.67"));
        assertThat(amounts.taxes().get(0).net()).isEqualTo(new BigDecimal("31.66"));
        assertThat(amounts.taxes().get(0).tax()).isEqualTo(new BigDecimal("2.22"));
        assertThat(amounts.taxes().get(1).net()).isEqualTo(new BigDecimal("95.00"));
        assertThat(amounts.taxes().get(1).tax()).isEqualTo(new BigDecimal("18.05"));
        assertThat(amounts.gross()).isEqualTo(new BigDecimal("146.93"));
    }

    @Test
    void halvesRoundAwayFromZeroSoACreditNoteMirrorsItsInvoice() {
        DocumentAmounts invoice = calculate(PricedLine.exclusive("1", "0.125", "0"), PricedLine.exclusive("1", "10.05", "5"));
        DocumentAmounts credit = calculate(PricedLine.exclusive("-1", "0.125", "0"), PricedLine.exclusive("-1", "10.05", "5"));

        assertThat(invoice.gross()).isEqualTo(new BigDecimal("10.68"));
        assertThat(credit.gross()).isEqualTo(new BigDecimal("-10.68"));
    }

    @Test
    void currenciesWithoutMinorUnitsRoundToWholeUnits() {
        DocumentAmounts amounts = DocumentCalculator.calculate(CurrencyCode.of("JPY"), List.of(PricedLine.exclusive("3", "333.5", "10")), null);

        assertThat(amounts.net()).isEqualTo(new BigDecimal("1001"));
        assertThat(amounts.tax()).isEqualTo(new BigDecimal("100"));
    }

    private static DocumentAmounts calculate(PricedLine... lines) {
        return DocumentCalculator.calculate(EUR, List.of(lines), null);
    }
}
