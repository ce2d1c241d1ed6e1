package org.clientele.sales.deals;

import java.math.BigDecimal;

/**
 * A pipeline's stage.
 *
 * @param probability 0 to 100: the chance, in percent, that a deal in this stage closes won
 */
public record StageView(long id, long pipelineId, String name, int position, BigDecimal probability, StageOutcome outcome,
        boolean active) {
}
