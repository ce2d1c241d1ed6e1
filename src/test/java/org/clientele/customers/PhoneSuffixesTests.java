package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneSuffixesTests {

    @Test
    void everySuffixOfTheDigitsOfThreeDigitsOrMore() {
        assertThat(PhoneSuffixes.of("+49301234")).containsExactly("49301234", "9301234", "301234", "01234", "1234", "234");
    }

    @Test
    void digitsAnywhereInTheNumberStartOneOfThem() {
        assertThat(PhoneSuffixes.of("+442079460958")).anyMatch(suffix -> suffix.startsWith("79460958"))
                .anyMatch(suffix -> suffix.startsWith("4420"));
    }

    @Test
    void noNumberOrTooFewDigitsGiveNone() {
        assertThat(PhoneSuffixes.of(null)).isEmpty();
        assertThat(PhoneSuffixes.of("+12")).isEmpty();
    }
}
