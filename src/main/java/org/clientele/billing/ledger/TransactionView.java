package org.clientele.billing.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.clientele.shared.Money;

/**
 * A recorded transaction.
 *
 * @param invoiceAmount what it paid off the invoice, in the invoice's currency, or {@code null} without an invoice
 * @param exchangeDifference in the invoice's currency: what a foreign-currency payment that settled
 *        the invoice brought in more (positive) or less (negative) than was outstanding; {@code null} otherwise
 */
public record TransactionView(long id, TransactionDirection direction, TransactionKind kind, Long companyId, Long contactId,
        Long employeeUserId, String payeeName, Long categoryId, Money amount, LocalDate paidOn, PaymentMethod method,
        String reference, Long invoiceId, Money invoiceAmount, Money exchangeDifference, String notes, long ownerId, Long teamId,
        Long createdBy, long version, Instant createdAt) {
}
