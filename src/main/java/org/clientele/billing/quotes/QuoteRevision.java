package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One revision of a quotation, for the list of revisions beside it. */
public record QuoteRevision(long id, int revision, QuoteStatus status, LocalDate issueDate, BigDecimal gross, Instant createdAt) {
}
