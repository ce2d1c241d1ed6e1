package org.clientele.sales.deals;

import java.time.Instant;

import org.clientele.shared.Money;

/**
 * A deal was lost. Published in the transaction of the move, after its {@link DealStageChanged}.
 *
 * @param amount what it would have been worth, or {@code null} when it has no amount
 * @param closingReasonId why it was lost (always given)
 */
public record DealLost(long dealId, String dealName, Money amount, long closingReasonId, long ownerId, Long teamId,
        Long companyId, Long contactId, Instant at) {
}
