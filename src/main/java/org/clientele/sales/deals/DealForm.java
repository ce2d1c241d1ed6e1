package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A deal as entered on the form or through the API.
 *
 * @param pipelineId the pipeline, or {@code null} for the default of the deal's team; ignored when a stage is given
 * @param stageId the stage, or {@code null} for the pipeline's first open stage
 * @param amount typed by hand; replaced by the sum of the product lines when the deal has any
 * @param currency an ISO 4217 code
 * @param probability 0 to 100, or {@code null} for the stage's
 * @param requestId the request the deal came from (set by the requests area), or {@code null}
 * @param closingReasonId why it was won or lost, when the stage is a won or lost one
 */
public record DealForm(String name, Long pipelineId, Long stageId, BigDecimal amount, String currency, BigDecimal probability,
        LocalDate expectedClose, String nextStep, LocalDate nextStepDate, String description, boolean important,
        Long companyId, Long contactId, Long leadId, Long requestId, Long closingReasonId, long ownerId, Long teamId,
        Set<Long> coOwnerIds) {

    public DealForm {
        coOwnerIds = coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds);
    }

    public DealForm withLinks(Long companyId, Long contactId) {
        return new DealForm(name, pipelineId, stageId, amount, currency, probability, expectedClose, nextStep, nextStepDate,
                description, important, companyId, contactId, leadId, requestId, closingReasonId, ownerId, teamId, coOwnerIds);
    }
}
