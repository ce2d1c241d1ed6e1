package org.clientele.billing.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.billing.ledger.PaymentMethod;
import org.clientele.billing.ledger.TransactionDirection;
import org.clientele.billing.ledger.TransactionForm;
import org.clientele.billing.ledger.TransactionKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The payment form as the page sends it; the fields a kind does not take are not shown and stay empty. */
record PaymentPageForm(TransactionKind kind, TransactionDirection direction, Long companyId, Long contactId, Long employeeUserId,
        String payeeName, Long categoryId, BigDecimal amount, String currency, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
        PaymentMethod method, String reference, Long invoiceId, String notes) {

    static PaymentPageForm blank(TransactionKind kind, String currency, LocalDate today, Long companyId, Long contactId) {
        boolean customer = kind.counterparty() == TransactionKind.Counterparty.CUSTOMER;
        return new PaymentPageForm(kind, kind.fixedDirection(), customer ? companyId : null, customer ? contactId : null, null, null, null,
                null, currency, today,
                PaymentMethod.BANK_TRANSFER, null, null, null);
    }

    /** A payment of the invoice's outstanding amount by its customer. */
    static PaymentPageForm forInvoice(long invoiceId, Long companyId, Long contactId, BigDecimal outstanding, String currency, String number,
            LocalDate today) {
        return new PaymentPageForm(TransactionKind.CUSTOMER_PAYMENT, TransactionDirection.IN, companyId, contactId, null, null, null,
                outstanding, currency, today, PaymentMethod.BANK_TRANSFER, number, invoiceId, null);
    }

    TransactionForm toForm() {
        boolean customer = kind != null && kind.counterparty() == TransactionKind.Counterparty.CUSTOMER;
        boolean invoiced = invoiceId != null && kind == TransactionKind.CUSTOMER_PAYMENT;
        return new TransactionForm(kind, direction, customer && !invoiced ? companyId : null, customer && !invoiced ? contactId : null,
                kind == TransactionKind.SALARY ? employeeUserId : null,
                kind != null && kind.counterparty() == TransactionKind.Counterparty.PAYEE ? blankToNull(payeeName) : null, categoryId,
                amount, currency, paidOn, method, blankToNull(reference), invoiced ? invoiceId : null, blankToNull(notes));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
