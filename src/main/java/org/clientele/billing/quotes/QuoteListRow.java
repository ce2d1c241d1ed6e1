package org.clientele.billing.quotes;

import java.time.Instant;
import java.time.LocalDate;

import org.clientele.shared.Money;

/** A quotation as lists show it. */
public record QuoteListRow(long id, String number, int revision, QuoteStatus status, LocalDate issueDate, LocalDate validUntil,
        Money total, Long companyId, String companyName, Long contactId, String contactName, Long dealId, Long invoiceId, long ownerId,
        String ownerName, Instant createdAt) {

    /** The number as printed, with the revision from the second on. */
    public String label() {
        return QuoteView.label(number, revision);
    }
}
