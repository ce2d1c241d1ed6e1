package org.clientele.sales.deals;

import java.time.Instant;

import org.clientele.shared.Money;

/**
 * A deal was won. Published in the transaction of the move, after its {@link DealStageChanged}.
 *
 * @param amount what it is worth, or {@code null} when it has no amount
 * @param closingReasonId the success reason given, or {@code null}
 */
public record DealWon(long dealId, String dealName, Money amount, Long closingReasonId, long ownerId, Long teamId,
        Long companyId, Long contactId, Instant at) {
}
