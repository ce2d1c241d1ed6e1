package org.clientele.sales.deals;

import java.math.BigDecimal;

/** A stage as an administrator enters it; {@code probability} is 0 to 100. */
public record StageForm(String name, BigDecimal probability, StageOutcome outcome) {
}
