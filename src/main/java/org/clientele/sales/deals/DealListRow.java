package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.clientele.shared.Money;

/**
 * A deal as lists show it.
 *
 * @param status OPEN, WON or LOST
 * @param amount in the deal's currency, or {@code null} when none is known yet
 */
public record DealListRow(long id, String name, long pipelineId, String pipelineName, long stageId, String stageName,
        String status, Money amount, BigDecimal probability, LocalDate expectedClose, Long companyId, String companyName,
        long ownerId, String ownerName, Long teamId, boolean important, Instant createdAt) {
}
