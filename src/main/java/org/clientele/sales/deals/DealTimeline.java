package org.clientele.sales.deals;

import java.time.Instant;
import java.util.Locale;

import org.clientele.customers.Timeline;
import org.clientele.customers.TimelineEntryDraft;
import org.clientele.customers.TimelineKind;
import org.clientele.customers.TimelineSubject;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a deal's moves on its company's and contact's timelines, once the move is committed. Moves
 * into an open stage show as stage changes; winning and losing as their own entries. Titles are
 * written in the deal owner's language. Recording is idempotent on the move's time, so an event
 * delivered again adds nothing.
 */
@Component
class DealTimeline {

    static final String MODULE = "sales";
    private static final int MAX_TITLE = 300;

    private final Timeline timeline;
    private final MessageSource messages;
    private final UserManagement users;
    private final ClosingReasonManagement reasons;

    DealTimeline(Timeline timeline, MessageSource messages, UserManagement users, ClosingReasonManagement reasons) {
        this.timeline = timeline;
        this.messages = messages;
        this.users = users;
        this.reasons = reasons;
    }

    @ApplicationModuleListener
    void on(DealStageChanged event) {
        if (event.toOutcome() == StageOutcome.OPEN) {
            String title = messages.getMessage("deals.timeline.moved",
                    new Object[] {event.dealName(), event.fromStageName(), event.toStageName()}, localeOf(event.ownerId()));
            record(event.companyId(), event.contactId(), event.at(), event.movedBy(), title,
                    "deal:" + event.dealId() + ":stage:" + event.at());
        }
    }

    @ApplicationModuleListener
    void on(DealWon event) {
        Locale locale = localeOf(event.ownerId());
        String title = messages.getMessage("deals.timeline.won",
                new Object[] {event.dealName(), event.amount() == null ? "" : event.amount().rounded().toString()}, locale);
        record(event.companyId(), event.contactId(), event.at(), null, title.strip(), "deal:" + event.dealId() + ":won:" + event.at());
    }

    @ApplicationModuleListener
    void on(DealLost event) {
        Locale locale = localeOf(event.ownerId());
        String reason = reasons.find(event.closingReasonId()).map(ClosingReasonView::name).orElse("");
        String title = messages.getMessage("deals.timeline.lost", new Object[] {event.dealName(), reason}, locale);
        record(event.companyId(), event.contactId(), event.at(), null, title, "deal:" + event.dealId() + ":lost:" + event.at());
    }

    private void record(Long companyId, Long contactId, Instant at, Long authorId, String title, String reference) {
        if (companyId != null) {
            record(TimelineSubject.company(companyId), at, authorId, title, reference);
        }
        if (contactId != null) {
            record(TimelineSubject.contact(contactId), at, authorId, title, reference + ":contact");
        }
    }

    private void record(TimelineSubject subject, Instant at, Long authorId, String title, String reference) {
        try {
            timeline.record(new TimelineEntryDraft(subject, TimelineKind.STAGE_CHANGE, at, authorId, null, null, null, null, null,
                    title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title, null, null, null, MODULE, reference));
        }
        catch (RecordNotFoundException deletedMeanwhile) {
            // The company or contact was deleted after the move: there is no timeline left to put it on.
        }
    }

    private Locale localeOf(long userId) {
        return users.find(userId).map(UserAccount::locale).orElse(Locale.ENGLISH);
    }
}
