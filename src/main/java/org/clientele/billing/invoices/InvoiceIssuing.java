package org.clientele.billing.invoices;

import java.time.Instant;
import java.time.LocalDate;

import org.clientele.billing.documents.SellerProfiles;
import org.clientele.billing.numbering.DocumentNumber;
import org.clientele.billing.numbering.DocumentNumbers;
import org.clientele.shared.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues a draft inside the caller's transaction: the next number of its series for the year
 * (the series' counter stays locked until the transaction ends, so numbers have no gaps), the
 * dates, the billed party as it is now, and {@link InvoiceIssued}.
 */
@Component
class InvoiceIssuing {

    private final Invoices invoices;
    private final DocumentNumbers numbers;
    private final SellerProfiles sellers;
    private final BilledParties parties;
    private final ApplicationEventPublisher events;

    InvoiceIssuing(Invoices invoices, DocumentNumbers numbers, SellerProfiles sellers, BilledParties parties,
            ApplicationEventPublisher events) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.sellers = sellers;
        this.parties = parties;
        this.events = events;
    }

    /** @param billed who it is billed to, or {@code null} to take the party's current name and address */
    void issue(Invoice invoice, LocalDate on, BilledParty billed) {
        invoice.requireDraft();
        boolean creditNote = invoice.getKind() == InvoiceKind.CREDIT_NOTE;
        DocumentNumber number = numbers.next(creditNote ? DocumentNumbers.CREDIT_NOTES : DocumentNumbers.INVOICES, on.getYear());
        int termDays = creditNote ? 0
                : invoice.getPaymentTermDays() != null ? invoice.getPaymentTermDays() : sellers.current().paymentTermDays();
        BilledParty snapshot = billed != null ? billed : invoice.getParty() == null ? invoice.getBilled() : parties.of(invoice.getParty());
        Instant now = Instant.now();
        invoice.issue(number, on, termDays, snapshot, now);
        invoices.flush();
        events.publishEvent(new InvoiceIssued(invoice.getId(), invoice.getNumber(), invoice.getKind(), invoice.getCompanyId(),
                invoice.getContactId(), new Money(invoice.getGrossTotal(), invoice.getCurrency()), invoice.getDueOn(), now));
    }
}
