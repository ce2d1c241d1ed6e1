package org.clientele.billing.ledger.web;

import java.time.Instant;
import java.time.LocalDate;

import org.clientele.billing.ledger.LedgerRow;
import org.clientele.billing.ledger.PaymentMethod;
import org.clientele.billing.ledger.TransactionDirection;
import org.clientele.billing.ledger.TransactionKind;
import org.clientele.billing.ledger.TransactionView;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;

/** A ledger transaction as the API writes it. */
record PaymentJson(String id, long version, TransactionDirection direction, TransactionKind kind, String counterparty, String companyId,
        String contactId, String employeeUserId, String payeeName, String categoryId, MoneyJson amount, LocalDate paidOn,
        PaymentMethod method, String reference, String invoiceId, MoneyJson invoiceAmount, MoneyJson exchangeDifference, String notes,
        String ownerId, String teamId, Instant createdAt) {

    static PaymentJson of(LedgerRow row) {
        TransactionView t = row.transaction();
        return new PaymentJson(Ids.of(t.id()), t.version(), t.direction(), t.kind(), row.counterparty(), Ids.of(t.companyId()),
                Ids.of(t.contactId()), Ids.of(t.employeeUserId()), t.payeeName(), Ids.of(t.categoryId()), MoneyJson.exactToMinorUnit(t.amount()),
                t.paidOn(), t.method(), t.reference(), Ids.of(t.invoiceId()), MoneyJson.exactToMinorUnit(t.invoiceAmount()),
                MoneyJson.exactToMinorUnit(t.exchangeDifference()), t.notes(), Ids.of(t.ownerId()), Ids.of(t.teamId()), t.createdAt());
    }
}
