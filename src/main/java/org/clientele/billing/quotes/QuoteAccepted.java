package org.clientele.billing.quotes;

import java.time.Instant;

import org.clientele.shared.Money;

/**
 * A customer accepted a quotation, through its public link or as a user recorded. Published in
 * the transaction that records it.
 *
 * @param total the gross total
 * @param acceptedBy the name the customer typed, or the one the user recorded
 */
public record QuoteAccepted(long quoteId, String number, int revision, Long companyId, Long contactId, Money total, String acceptedBy,
        Instant at) {
}
