package org.clientele.billing.invoices;

import java.time.Instant;
import java.time.LocalDate;

import org.clientele.shared.Money;

/**
 * An invoice or credit note was issued: it has its number and will never change.
 *
 * @param total the gross total, negative for a credit note
 */
public record InvoiceIssued(long invoiceId, String number, InvoiceKind kind, Long companyId, Long contactId, Money total,
        LocalDate dueOn, Instant at) {
}
