package org.clientele.sales.deals;

import java.time.LocalDate;

import org.clientele.shared.Money;

/**
 * A deal as a card on the board.
 *
 * @param amount in the deal's own currency, or {@code null} when none is known yet
 */
public record DealBoardCard(long id, String name, long stageId, Long companyId, String companyName, Money amount, long ownerId,
        String ownerName, LocalDate expectedClose, boolean important) {
}
