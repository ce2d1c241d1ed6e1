package org.clientele.billing.invoices;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clientele.billing.BillingParty;
import org.clientele.shared.Money;

/**
 * How payments settle invoices. Both writes join the caller's transaction, so a payment and the
 * invoice's new status are saved together or not at all.
 */
public interface InvoicePayments {

    Optional<InvoiceBalance> balance(long invoiceId);

    /**
     * Adds a payment, in the invoice's currency, to what is paid: the invoice becomes partially
     * paid, or paid (and {@code InvoicePaid} is published) when nothing is left outstanding.
     *
     * @throws org.clientele.shared.ConflictException when the invoice is a draft or void, or the amount is more than is outstanding
     */
    InvoiceBalance applyPayment(long invoiceId, long paymentId, Money amount, LocalDate paidOn);

    /** Takes a payment back (it was deleted or reversed); a paid invoice opens again. */
    InvoiceBalance withdrawPayment(long invoiceId, long paymentId, Money amount);

    /** The party's invoices that still expect money, oldest due date first. */
    List<InvoiceBalance> openFor(BillingParty party);

    /** The party's latest invoices and credit notes, drafts included, newest first. */
    List<InvoiceBalance> recentFor(BillingParty party, int limit);
}
