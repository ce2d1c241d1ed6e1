package org.clientele.billing.quotes;

import java.time.LocalDate;

import org.clientele.billing.BillingParty;
import org.clientele.shared.Money;

/**
 * A quotation at a glance, for the customer's financial profile.
 *
 * @param status {@code DRAFT}, {@code SENT}, {@code ACCEPTED}, {@code DECLINED} or {@code EXPIRED}
 * @param invoiceId the invoice made from it, or {@code null}
 */
public record QuoteSummary(long id, String number, int revision, String status, BillingParty party, Money total, LocalDate validUntil,
        Long invoiceId) {
}
