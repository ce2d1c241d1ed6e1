package org.clientele.billing.ledger.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.clientele.billing.ledger.PaymentMethod;
import org.clientele.billing.ledger.TransactionDirection;
import org.clientele.billing.ledger.TransactionForm;
import org.clientele.billing.ledger.TransactionKind;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.web.MoneyJson;

/**
 * A transaction as the API takes it. The kind says which counterparty members apply: companyId
 * and/or contactId (or invoiceId) for CUSTOMER_PAYMENT and REFUND, employeeUserId for SALARY,
 * payeeName for THIRD_PARTY_PAYMENT and OTHER; direction is needed for OTHER only.
 */
record PaymentInput(TransactionKind kind, TransactionDirection direction, Long companyId, Long contactId, Long employeeUserId,
        String payeeName, Long categoryId, MoneyJson amount, LocalDate paidOn, PaymentMethod method, String reference, Long invoiceId,
        String notes) {

    TransactionForm toForm() {
        BigDecimal decimal;
        try {
            decimal = amount == null ? null : amount.decimal();
        }
        catch (NumberFormatException notADecimal) {
            throw InvalidInputException.of("amount.amount", "validation.ledger.amount-positive");
        }
        return new TransactionForm(kind, direction, companyId, contactId, employeeUserId, blankToNull(payeeName), categoryId, decimal,
                amount == null ? null : amount.currency(), paidOn, method, blankToNull(reference), invoiceId, blankToNull(notes));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
