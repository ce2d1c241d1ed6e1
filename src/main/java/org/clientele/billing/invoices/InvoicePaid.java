package org.clientele.billing.invoices;

import java.time.Instant;

import org.clientele.shared.Money;

/** A payment settled what was left of an invoice: nothing is outstanding any more. */
public record InvoicePaid(long invoiceId, String number, Long companyId, Long contactId, Money total, Instant at) {
}
