package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CloseWordsTests {

    @Test
    void theWordsLookedUpAreRunsOfThreeLettersOrDigitsOrMoreInLowerCaseAtMostFour() {
        assertThat(CloseWords.of("Jonh  Smiht")).containsExactly("jonh", "smiht");
        assertThat(CloseWords.of("maria.milrod@ex")).containsExactly("maria", "milrod");
        assertThat(CloseWords.of("Ångström-Łukasiewicz")).containsExactly("ångström", "łukasiewicz");
        assertThat(CloseWords.of("j s ab")).isEmpty();
        assertThat(CloseWords.of("acme acme")).containsExactly("acme");
        assertThat(CloseWords.of("one two three four five")).containsExactly("one", "two", "three", "four");
    }
}
