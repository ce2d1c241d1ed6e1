package org.clientele.sales.deals.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.clientele.sales.deals.DealForm;
import org.clientele.sales.deals.DealView;

/** The deal form as the page sends it; the stage is chosen only when the deal is created. */
record DealPageForm(String name, Long pipelineId, Long stageId, BigDecimal amount, String currency, BigDecimal probability, LocalDate expectedClose,
        String nextStep, LocalDate nextStepDate, String description, Boolean important, Long companyId, Long contactId,
        Long ownerId, Long teamId, List<Long> coOwnerIds, Long version) {

    static DealPageForm of(DealForm form, Long version) {
        return new DealPageForm(form.name(), form.pipelineId(), form.stageId(), form.amount(), form.currency(), form.probability(), form.expectedClose(),
                form.nextStep(), form.nextStepDate(), form.description(), form.important(), form.companyId(), form.contactId(),
                form.ownerId(), form.teamId(), List.copyOf(form.coOwnerIds()), version);
    }

    static DealPageForm of(DealView deal) {
        return of(deal.toForm(), deal.version());
    }

    /** @param current the deal as it is (its lead, request and reason stay), or {@code null} for a new one */
    DealForm toForm(DealView current, long signedInUserId) {
        return new DealForm(name, current == null ? pipelineId : null, current == null ? stageId : Long.valueOf(current.stageId()), amount, currency, probability, expectedClose,
                nextStep, nextStepDate, description, Boolean.TRUE.equals(important), companyId, contactId, current == null ? null : current.leadId(),
                current == null ? null : current.requestId(), current == null ? null : current.closingReasonId(),
                ownerId == null ? signedInUserId : ownerId, teamId, coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds));
    }
}
