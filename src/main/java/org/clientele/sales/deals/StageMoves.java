package org.clientele.sales.deals;

import java.time.Instant;
import java.util.List;

import org.clientele.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves a deal into a stage: closes its stay in the old stage, opens one in the new, lets the
 * stage set its status, probability and closing date, and publishes {@link DealStageChanged}
 * and, into a won or lost stage, {@link DealWon} or {@link DealLost}. The caller has checked the
 * stage and the closing reason.
 */
@Component
class StageMoves {

    private final StageVisits visits;
    private final ApplicationEventPublisher events;

    StageMoves(StageVisits visits, ApplicationEventPublisher events) {
        this.visits = visits;
        this.events = events;
    }

    /** A new deal's first stay; publishes {@link DealWon} or {@link DealLost} if it starts closed. */
    void entered(Deal deal, StageView stage, Long closingReasonId, Long movedBy) {
        visits.save(new StageVisit(deal.getId(), stage.id(), deal.getStageEnteredAt(), movedBy));
        publishOutcome(deal, stage.outcome(), deal.getStageEnteredAt(), closingReasonId);
    }

    void move(Deal deal, StageView from, StageView to, Long closingReasonId, Long movedBy) {
        Instant now = Instant.now();
        visits.findFirstByDealIdAndLeftAtIsNullOrderByIdDesc(deal.getId()).ifPresent(visit -> visit.leave(now));
        deal.enter(to, closingReasonId, now);
        visits.save(new StageVisit(deal.getId(), to.id(), now, movedBy));
        events.publishEvent(new DealStageChanged(deal.getId(), from.id(), to.id(), to.outcome(), deal.getName(), from.name(),
                to.name(), deal.getCompanyId(), deal.getContactId(), deal.getOwnerId(), movedBy, now));
        publishOutcome(deal, to.outcome(), now, closingReasonId);
    }

    /** The open stage a closed deal was in last, among the given active open stages of its pipeline. */
    Long lastOpenStage(long dealId, List<Long> activeOpenStageIds) {
        List<StageVisit> history = visits.findByDealIdOrderByEnteredAtAscIdAsc(dealId);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (activeOpenStageIds.contains(history.get(i).getStageId())) {
                return history.get(i).getStageId();
            }
        }
        return null;
    }

    private void publishOutcome(Deal deal, StageOutcome outcome, Instant at, Long closingReasonId) {
        Money amount = deal.getAmount() == null ? null : new Money(deal.getAmount(), deal.getCurrency());
        if (outcome == StageOutcome.WON) {
            events.publishEvent(new DealWon(deal.getId(), deal.getName(), amount, closingReasonId, deal.getOwnerId(),
                    deal.getTeamId(), deal.getCompanyId(), deal.getContactId(), at));
        }
        else if (outcome == StageOutcome.LOST) {
            events.publishEvent(new DealLost(deal.getId(), deal.getName(), amount, closingReasonId, deal.getOwnerId(),
                    deal.getTeamId(), deal.getCompanyId(), deal.getContactId(), at));
        }
    }
}
