package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/**
 * A deal as its owner sees it.
 *
 * @param amount {@code null} when nobody has put a value on it yet
 * @param status the outcome of its stage
 * @param lines its product lines in order; when there are any, {@code amount} is their sum
 */
public record DealView(long id, long version, String name, long pipelineId, long stageId, StageOutcome status,
        Instant stageEnteredAt, Money amount, CurrencyCode currency, BigDecimal probability, LocalDate expectedClose,
        String nextStep, LocalDate nextStepDate, String description, boolean important, Long companyId, Long contactId,
        Long leadId, Long requestId, Long closingReasonId, Instant closedAt, long ownerId, Long teamId, List<Long> coOwnerIds,
        List<DealLineView> lines, Instant createdAt, Instant updatedAt, Long createdBy) {

    public DealView {
        coOwnerIds = List.copyOf(coOwnerIds);
        lines = List.copyOf(lines);
    }

    /** The form that would save it unchanged. */
    public DealForm toForm() {
        return new DealForm(name, pipelineId, stageId, lines.isEmpty() && amount != null ? amount.amount() : null, currency.value(),
                probability, expectedClose, nextStep, nextStepDate, description, important, companyId, contactId, leadId, requestId,
                closingReasonId, ownerId, teamId, java.util.Set.copyOf(coOwnerIds));
    }
}
