package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrigramsTests {

    @Test
    void trigramsAreCutAsPgTrgmCutsThem() {
        assertThat(Trigrams.of("John")).containsExactly("__j", "_jo", "joh", "ohn", "hn_");
        assertThat(Trigrams.inOrder("ab ab")).containsExactly("__a", "_ab", "ab_", "__a", "_ab", "ab_");
    }

    @Test
    void similaritiesAreThoseOfPgTrgmsDocumentation() {
        assertThat(Trigrams.similarityHundredths("word", "two words")).isEqualTo(36);
        assertThat(Trigrams.wordSimilarityHundredths("word", "two words")).isEqualTo(80);
        assertThat(Trigrams.wordSimilarityHundredths("anedrson", "anderson")).isEqualTo(38);
        assertThat(Trigrams.wordSimilarityHundredths("jonh", "john")).isEqualTo(40);
        assertThat(Trigrams.wordSimilarityHundredths("corporaton", "acme corporation")).isEqualTo(72);
        assertThat(Trigrams.wordSimilarityHundredths("tion", "station")).isEqualTo(60);
        assertThat(Trigrams.wordSimilarityHundredths("smith", "smith")).isEqualTo(100);
        assertThat(Trigrams.wordSimilarityHundredths("xyz", "smith")).isZero();
    }
}
