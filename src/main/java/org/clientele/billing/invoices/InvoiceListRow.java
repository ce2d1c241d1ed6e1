package org.clientele.billing.invoices;

import java.time.Instant;
import java.time.LocalDate;

import org.clientele.shared.Money;

/**
 * An invoice or credit note as lists show it.
 *
 * @param number {@code null} for a draft
 * @param customer the billed name
 */
public record InvoiceListRow(long id, String number, InvoiceKind kind, InvoiceStatus status, String customer, Long companyId,
        Long contactId, LocalDate issuedOn, LocalDate dueOn, Money total, Money outstanding, long ownerId, Long teamId,
        Instant createdAt) {
}
