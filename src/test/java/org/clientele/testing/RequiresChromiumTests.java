package org.clientele.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class RequiresChromiumTests {

    @Test
    void skipsWithAHintWhereChromiumIsMissing() {
        ConditionEvaluationResult result = RequiresChromium.Condition.evaluate(false, false);
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).contains(
                "Browser tests skipped: install Chromium (apt-get install chromium) to run them");
    }

    @Test
    void runsWhereChromiumIsInstalled() {
        assertThat(RequiresChromium.Condition.evaluate(true, false).isDisabled()).isFalse();
    }

    @Test
    void runsUnderCiEvenWithoutChromiumSoThatTheMissingBrowserFails() {
        assertThat(RequiresChromium.Condition.evaluate(false, true).isDisabled()).isFalse();
    }
}
