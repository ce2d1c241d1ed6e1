package org.clientele.billing.invoices;

import java.time.LocalDate;

import org.clientele.billing.BillingParty;
import org.clientele.shared.Money;

/**
 * An invoice's money at a glance, for payments, statements and the customer's financial profile.
 *
 * @param number {@code null} while a draft
 * @param total the gross total (negative for a credit note)
 */
public record InvoiceBalance(long id, String number, InvoiceKind kind, InvoiceStatus status, BillingParty party, Money total,
        Money paid, Money outstanding, LocalDate issuedOn, LocalDate dueOn) {
}
