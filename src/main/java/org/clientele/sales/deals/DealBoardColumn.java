package org.clientele.sales.deals;

import java.util.List;

/**
 * One stage on the board: its first cards and the count and sum over every deal in it.
 *
 * @param next the cursor for the column's next cards, or {@code null} when all are shown
 */
public record DealBoardColumn(DealBoardStage stage, DealBoardTotal total, List<DealBoardCard> cards, String next) {

    public DealBoardColumn {
        cards = List.copyOf(cards);
    }
}
