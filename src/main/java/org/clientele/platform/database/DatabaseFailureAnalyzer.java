package org.clientele.platform.database;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns a database that cannot be used into one sentence naming the setting to fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseUnavailableException || cause instanceof UnsupportedDatabaseException
                    || cause instanceof InvalidDatabaseSettingException) {
                return new FailureAnalysis(cause.getMessage(), "", cause);
            }
            if (cause instanceof EmbeddedDatabaseFailedException embedded) {
                return new FailureAnalysis("The embedded PostgreSQL could not start in " + embedded.dataDirectory()
                        + " (" + rootMessage(embedded) + ").",
                        "If another Clientele runs on this folder, stop it or set CLIENTELE_DATA_DIR to another folder.",
                        cause);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
