package org.clientele.billing.invoices;

import java.util.List;

/**
 * Who an invoice is addressed to, as printed.
 *
 * @param name the company's name, else the contact's
 * @param addressLines the postal address, one entry per printed line (the contact's name first when billing a contact at a company)
 * @param taxId the company's registration number, or {@code null}
 * @param email where the invoice and its reminders go: the contact's first e-mail address, else the company's, or {@code null}
 */
public record BilledParty(String name, List<String> addressLines, String taxId, String email) {

    public BilledParty {
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    }

    static BilledParty unknown() {
        return new BilledParty(null, List.of(), null, null);
    }
}
