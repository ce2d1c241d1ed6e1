package org.clientele.billing.quotes;

import java.time.Instant;

/**
 * A customer declined a quotation, through its public link or as a user recorded.
 *
 * @param reason what the customer said, or {@code null}
 */
public record QuoteDeclined(long quoteId, String number, int revision, Long companyId, Long contactId, String declinedBy,
        String reason, Instant at) {
}
