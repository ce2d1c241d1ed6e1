package org.clientele.billing.invoices;

import org.clientele.customers.CompaniesMerged;
import org.clientele.customers.ContactsMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The invoices of a merged company or contact follow it to the survivor, so its lists, balance and
 * financial profile find them. What an issued invoice was made out to (its billed name and address)
 * stays as printed.
 */
@Component
class InvoicesFollowMerges {

    private final Invoices invoices;

    InvoicesFollowMerges(Invoices invoices) {
        this.invoices = invoices;
    }

    @ApplicationModuleListener
    void on(CompaniesMerged event) {
        invoices.findByCompanyId(event.mergedId()).forEach(invoice -> invoice.partyMerged(event.survivorId(), null));
    }

    @ApplicationModuleListener
    void on(ContactsMerged event) {
        invoices.findByContactId(event.mergedId()).forEach(invoice -> invoice.partyMerged(null, event.survivorId()));
    }
}
