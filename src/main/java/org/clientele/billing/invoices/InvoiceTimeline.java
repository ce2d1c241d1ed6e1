package org.clientele.billing.invoices;

import java.time.Instant;
import java.util.Locale;

import org.clientele.customers.Timeline;
import org.clientele.customers.TimelineEntryDraft;
import org.clientele.customers.TimelineKind;
import org.clientele.customers.TimelineSubject;
import org.clientele.shared.Money;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts issued invoices and credit notes and paid invoices on the company's and contact's
 * timelines once committed, titled in the invoice's language. Recording is idempotent on the
 * reference ({@code invoice-issued:ID}, {@code invoice-paid:ID}), so an event delivered again adds nothing.
 */
@Component
class InvoiceTimeline {

    static final String MODULE = "billing";

    private final Timeline timeline;
    private final MessageSource messages;
    private final Invoices invoices;
    private final InvoiceLanguages languages;

    InvoiceTimeline(Timeline timeline, MessageSource messages, Invoices invoices, InvoiceLanguages languages) {
        this.timeline = timeline;
        this.messages = messages;
        this.invoices = invoices;
        this.languages = languages;
    }

    @ApplicationModuleListener
    void on(InvoiceIssued event) {
        String key = event.kind() == InvoiceKind.CREDIT_NOTE ? "invoices.timeline.credit-note-issued" : "invoices.timeline.issued";
        String title = messages.getMessage(key, new Object[] {event.number(), amount(event.total())}, locale(event.invoiceId()));
        record(event.companyId(), event.contactId(), event.at(), title, "ISSUED", "invoice-issued:" + event.invoiceId());
    }

    @ApplicationModuleListener
    void on(InvoicePaid event) {
        String title = messages.getMessage("invoices.timeline.paid", new Object[] {event.number(), amount(event.total())},
                locale(event.invoiceId()));
        record(event.companyId(), event.contactId(), event.at(), title, "PAID", "invoice-paid:" + event.invoiceId());
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
            timeline.record(new TimelineEntryDraft(subject, TimelineKind.INVOICE, at, null, null, null, null, status, null, title, null,
                    null, null, MODULE, reference));
        }
        catch (RecordNotFoundException deletedMeanwhile) {
            // The company or contact was deleted since: there is no timeline left to put it on.
        }
    }

    private Locale locale(long invoiceId) {
        return languages.of(invoices.findById(invoiceId).map(Invoice::getLanguage).orElse(null));
    }

    private static String amount(Money total) {
        return total.rounded().amount().toPlainString() + " " + total.currency();
    }
}
