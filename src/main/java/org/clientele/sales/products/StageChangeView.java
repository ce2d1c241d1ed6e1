package org.clientele.sales.products;

import java.time.Duration;
import java.time.Instant;

/**
 * A stage a product was in.
 *
 * @param leftAt when it moved on, {@code null} while it is still there
 * @param changedBy who moved it there, {@code null} when nobody signed in did (demo data)
 */
public record StageChangeView(ProductStage stage, Instant enteredAt, Instant leftAt, Long changedBy) {

    /** Whole days spent in the stage, until now for the current one. */
    public long days() {
        return Duration.between(enteredAt, leftAt == null ? Instant.now() : leftAt).toDays();
    }
}
