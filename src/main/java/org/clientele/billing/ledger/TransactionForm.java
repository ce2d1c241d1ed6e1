package org.clientele.billing.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.shared.Money;

/**
 * A transaction to record, from a page or the API. Which counterparty fields apply depends on the
 * kind ({@link TransactionKind#counterparty()}); the others must stay empty.
 *
 * @param direction only read for {@link TransactionKind#OTHER}; the other kinds fix it
 * @param amount what moved (positive), in {@code currency}, the currency it moved in (an ISO code)
 * @param invoiceId for a customer payment, the invoice it pays (all or part of), or {@code null}
 */
public record TransactionForm(TransactionKind kind, TransactionDirection direction, Long companyId, Long contactId,
        Long employeeUserId, String payeeName, Long categoryId, BigDecimal amount, String currency, LocalDate paidOn, PaymentMethod method,
        String reference, Long invoiceId, String notes) {

    /** A payment received from a customer for an invoice. */
    public static TransactionForm invoicePayment(long invoiceId, Money amount, LocalDate paidOn, PaymentMethod method, String reference) {
        return new TransactionForm(TransactionKind.CUSTOMER_PAYMENT, null, null, null, null, null, null, amount.amount(),
                amount.currency().value(), paidOn, method, reference, invoiceId, null);
    }
}
