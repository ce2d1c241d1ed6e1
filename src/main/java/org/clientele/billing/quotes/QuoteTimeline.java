package org.clientele.billing.quotes;

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
 * Puts a customer's answer to a quotation on its company's and contact's timelines once it is
 * committed, titled in the quotation owner's language. Recording is idempotent on the quotation,
 * so an event delivered again adds nothing.
 */
@Component
class QuoteTimeline {

    static final String MODULE = "billing";
    private static final int MAX_TITLE = 300;

    private final Timeline timeline;
    private final Quotes quotes;
    private final MessageSource messages;
    private final UserManagement users;

    QuoteTimeline(Timeline timeline, Quotes quotes, MessageSource messages, UserManagement users) {
        this.timeline = timeline;
        this.quotes = quotes;
        this.messages = messages;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(QuoteAccepted event) {
        String title = messages.getMessage("quotes.timeline.accepted", new Object[] {QuoteView.label(event.number(), event.revision()),
                event.total().rounded().toString(), event.acceptedBy()}, localeOf(event.quoteId()));
        record(event.companyId(), event.contactId(), event.at(), title, "ACCEPTED", "quote:" + event.quoteId() + ":accepted");
    }

    @ApplicationModuleListener
    void on(QuoteDeclined event) {
        String reason = event.reason() == null ? "" : event.reason();
        String title = messages.getMessage("quotes.timeline.declined",
                new Object[] {QuoteView.label(event.number(), event.revision()), reason}, localeOf(event.quoteId()));
        record(event.companyId(), event.contactId(), event.at(), title.strip(), "DECLINED", "quote:" + event.quoteId() + ":declined");
    }

    private void record(Long companyId, Long contactId, Instant at, String title, String status, String reference) {
        if (companyId != null) {
            record(TimelineSubject.company(companyId), at, title, status, reference);
        }
        if (contactId != null) {
            record(TimelineSubject.contact(contactId), at, title, status, reference + ":contact");
        }
    }

    private void record(TimelineSubject subject, Instant at, String title, String status, String reference) {
        try {
            timeline.record(new TimelineEntryDraft(subject, TimelineKind.QUOTE, at, null, null, null, null, status, null,
                    title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE - 1) + "…" : title, null, null, null, MODULE, reference));
        }
        catch (RecordNotFoundException deletedMeanwhile) {
            // The company or contact was deleted after the answer: there is no timeline left to put it on.
        }
    }

    private Locale localeOf(long quoteId) {
        return quotes.findById(quoteId).flatMap(quote -> users.find(quote.getOwnerId())).map(UserAccount::locale).orElse(Locale.ENGLISH);
    }
}
