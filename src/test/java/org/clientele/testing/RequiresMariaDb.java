package org.clientele.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the test class only where a MariaDB is configured; elsewhere it is reported as skipped,
 * except with {@code CI=true}, where it runs and fails for want of the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresMariaDb.Condition.class)
public @interface RequiresMariaDb {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv(TestDatabases.MARIADB_URL);
            if ((url != null && !url.isBlank()) || TestDatabases.inCi()) {
                return ConditionEvaluationResult.enabled("MariaDB configured or required");
            }
            return ConditionEvaluationResult.disabled("MariaDB suite skipped: set " + TestDatabases.MARIADB_URL
                    + " (for example jdbc:mariadb://127.0.0.1:3306/?user=root) to run it");
        }
    }
}
