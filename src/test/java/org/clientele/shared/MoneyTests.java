package org.clientele.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void roundsToTheMinorUnitOfItsCurrencyHalfAwayFromZero() {
        assertThat(Money.of("0.125", "EUR").rounded().amount()).isEqualByComparingTo("0.13");
        assertThat(Money.of("-0.125", "EUR").rounded().amount()).isEqualByComparingTo("-0.13");
        assertThat(Money.of("0.124", "EUR").rounded().amount()).isEqualByComparingTo("0.12");
        assertThat(Money.of("1234.5", "JPY").rounded().amount()).isEqualByComparingTo("1235");
        assertThat(Money.of("1.0005", "KWD").rounded().amount()).isEqualByComparingTo("1.001");
        assertThat(Money.of("1.5", "EUR").rounded().amount().scale()).isEqualTo(2);
    }

    @Test
    void addsAndMultipliesExactly() {
        Money third = Money.of("0.333", "EUR");
        assertThat(third.times(new BigDecimal(3)).amount()).isEqualByComparingTo("0.999");
        assertThat(Money.of("0.1", "USD").plus(Money.of("0.2", "USD")).amount()).isEqualByComparingTo("0.3");
        assertThat(Money.of("5", "USD").minus(Money.of("7.5", "USD")).amount()).isEqualByComparingTo("-2.5");
    }

    @Test
    void neverCombinesTwoCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void comparesByValueWhateverTheScale() {
        assertThat(Money.of("1.50", "EUR").sameAs(Money.of("1.5", "EUR"))).isTrue();
        assertThat(Money.of("1.50", "EUR").sameAs(Money.of("1.5", "USD"))).isFalse();
        assertThat(Money.zero(CurrencyCode.of("EUR")).isZero()).isTrue();
    }

    @Test
    void currencyCodesAreIsoCodesTheJdkKnows() {
        assertThat(CurrencyCode.of(" eur ").value()).isEqualTo("EUR");
        assertThat(CurrencyCode.of("JPY").minorUnits()).isZero();
        assertThat(CurrencyCode.isValid("XYZ")).isFalse();
        assertThat(CurrencyCode.isValid("EURO")).isFalse();
        assertThat(CurrencyCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> CurrencyCode.of("ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
