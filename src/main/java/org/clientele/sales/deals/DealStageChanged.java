package org.clientele.sales.deals;

import java.time.Instant;

/**
 * A deal moved from one stage to another (also when it was won, lost or reopened). Published in
 * the transaction of the move.
 *
 * @param companyId the deal's company, or {@code null}
 * @param contactId the deal's contact, or {@code null}
 * @param movedBy who moved it, or {@code null} for the system
 */
public record DealStageChanged(long dealId, long fromStageId, long toStageId, StageOutcome toOutcome, String dealName,
        String fromStageName, String toStageName, Long companyId, Long contactId, long ownerId, Long movedBy, Instant at) {
}
