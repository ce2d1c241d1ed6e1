package org.clientele.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the test class only where Chromium is installed at {@link TestBrowser#CHROMIUM}; elsewhere
 * it is reported as skipped, except with {@code CI=true}, where it runs and fails for want of the browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    String SKIPPED = "Browser tests skipped: install Chromium (apt-get install chromium) to run them";

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return evaluate(Files.isExecutable(TestBrowser.CHROMIUM), TestDatabases.inCi());
        }

        static ConditionEvaluationResult evaluate(boolean chromiumInstalled, boolean inCi) {
            if (chromiumInstalled || inCi) {
                return ConditionEvaluationResult.enabled("Chromium installed or required");
            }
            return ConditionEvaluationResult.disabled(SKIPPED);
        }
    }
}
