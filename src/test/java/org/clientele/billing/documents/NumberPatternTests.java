package org.clientele.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberPatternTests {

    @Test
    void printsTheYearAndTheSequencePaddedAsAsked() {
        assertThat(NumberPattern.format("INV-{year}-{seq:4}", 2026, 7)).isEqualTo("INV-2026-0007");
        assertThat(NumberPattern.format("{yy}/{seq}", 2009, 12345)).isEqualTo("09/12345");
        assertThat(NumberPattern.format("Q{seq:2}", 2026, 123)).as("more digits than the padding").isEqualTo("Q123");
        assertThat(NumberPattern.format("$-{seq}", 2026, 1)).as("replacement characters are literal").isEqualTo("$-1");
    }

    @Test
    void aPatternPrintsTheSequenceAndNoUnknownPlaceholder() {
        assertThat(NumberPattern.isValid("INV-{year}-{seq:4}")).isTrue();
        assertThat(NumberPattern.isValid("{seq}")).isTrue();
        assertThat(NumberPattern.isValid("INV-{year}")).isFalse();
        assertThat(NumberPattern.isValid("INV-{month}-{seq}")).isFalse();
        assertThat(NumberPattern.isValid("INV-{seq:0}")).isFalse();
        assertThat(NumberPattern.isValid("INV-{seq}}")).isFalse();
        assertThat(NumberPattern.isValid("{year:4}{seq}")).isFalse();
        assertThat(NumberPattern.isValid("X".repeat(56) + "{seq}")).isFalse();
        assertThat(NumberPattern.isValid(null)).isFalse();
    }
}
