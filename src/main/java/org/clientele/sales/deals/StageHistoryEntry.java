package org.clientele.sales.deals;

import java.time.Duration;
import java.time.Instant;

/**
 * A deal's stay in one stage.
 *
 * @param leftAt {@code null} while the deal is still there
 * @param duration how long it stayed, or has stayed until now
 * @param movedBy who moved it there, or {@code null} for the system
 */
public record StageHistoryEntry(long stageId, String stageName, StageOutcome outcome, Instant enteredAt, Instant leftAt,
        Duration duration, Long movedBy) {
}
