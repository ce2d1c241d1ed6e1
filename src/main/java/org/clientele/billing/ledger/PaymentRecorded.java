package org.clientele.billing.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.clientele.shared.Money;

/** A transaction with a customer (a payment received or a refund) was recorded. */
public record PaymentRecorded(long transactionId, TransactionDirection direction, TransactionKind kind, Long companyId,
        Long contactId, Long invoiceId, Money amount, LocalDate paidOn, Instant at) {
}
