package org.clientele.billing.ledger;

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
 * Puts payments received and refunds on the customer's timeline once they are committed, titled in
 * the transaction owner's language. Recording is idempotent on the transaction, so an event
 * delivered again adds nothing.
 */
@Component
class LedgerTimeline {

    static final String MODULE = "billing";

    private final Timeline timeline;
    private final MessageSource messages;
    private final UserManagement users;
    private final LedgerTransactions transactions;

    LedgerTimeline(Timeline timeline, MessageSource messages, UserManagement users, LedgerTransactions transactions) {
        this.timeline = timeline;
        this.messages = messages;
        this.users = users;
        this.transactions = transactions;
    }

    @ApplicationModuleListener
    void on(PaymentRecorded event) {
        Locale locale = transactions.findById(event.transactionId()).map(LedgerTransaction::getOwnerId)
                .flatMap(users::find).map(UserAccount::locale).orElse(Locale.ENGLISH);
        String title = messages.getMessage(event.kind() == TransactionKind.REFUND ? "ledger.timeline.refund" : "ledger.timeline.payment",
                new Object[] {event.amount().rounded().toString()}, locale);
        String reference = "transaction:" + event.transactionId();
        if (event.companyId() != null) {
            record(TimelineSubject.company(event.companyId()), event, title, reference);
        }
        if (event.contactId() != null) {
            record(TimelineSubject.contact(event.contactId()), event, title, reference + ":contact");
        }
    }

    private void record(TimelineSubject subject, PaymentRecorded event, String title, String reference) {
        try {
            timeline.record(new TimelineEntryDraft(subject, TimelineKind.PAYMENT, event.at(), null, null, null, null, event.kind().name(),
                    null, title, null, null, null, MODULE, reference));
        }
        catch (RecordNotFoundException deletedMeanwhile) {
            // The customer was deleted after the payment: there is no timeline left to put it on.
        }
    }
}
