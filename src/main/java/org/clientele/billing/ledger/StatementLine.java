package org.clientele.billing.ledger;

import java.time.LocalDate;

import org.clientele.shared.Money;

/**
 * One line of a customer's statement: an invoice issued (debit), a credit note or a payment
 * received (credit), a refund (debit), with the balance after it in its currency.
 *
 * @param reference the invoice's number, or the payment's reference
 * @param invoiceId the invoice or credit note, or the invoice a payment paid, or {@code null}
 * @param transactionId the payment or refund, or {@code null} for an invoice or credit note
 */
public record StatementLine(LocalDate on, Entry entry, String reference, Long invoiceId, Long transactionId, Money debit,
        Money credit, Money balance) {

    public enum Entry {
        INVOICE, CREDIT_NOTE, PAYMENT, REFUND
    }
}
