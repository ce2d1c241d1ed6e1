package org.clientele.platform.jobs;

import java.time.Instant;

/** One scheduled job as the jobs page shows it. */
public record JobView(String name, String instance, Instant nextRun, State state, String pickedBy,
        Instant lastSuccess, Instant lastFailure, int consecutiveFailures) {

    public enum State {
        SCHEDULED, RUNNING, FAILING;

        public String cssClass() {
            return switch (this) {
                case SCHEDULED -> "text-bg-secondary";
                case RUNNING -> "text-bg-primary";
                case FAILING -> "text-bg-danger";
            };
        }
    }
}
