package org.clientele.sales.deals;

import java.math.BigDecimal;

/**
 * A stage as a board column.
 *
 * @param outcome OPEN, WON or LOST
 */
public record DealBoardStage(long id, String name, String outcome, BigDecimal probability) {

    public boolean open() {
        return "OPEN".equals(outcome);
    }

    public boolean lost() {
        return "LOST".equals(outcome);
    }
}
