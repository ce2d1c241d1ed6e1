package org.clientele.billing.invoices;

import org.clientele.testing.ApiClient;

/** The invoice API's paths and a draft made through it, for the invoice tests. */
final class InvoiceCalls {

    static final String INVOICES = "/api/v1/invoices";

    private InvoiceCalls() {
    }

    /** Creates a draft in EUR, due ten days after issue, for the company with the given lines (a JSON array); returns its id. */
    static String draft(ApiClient client, long companyId, String lines) {
        return client.create(INVOICES, "{\"companyId\": \"" + companyId + "\", \"currency\": \"EUR\", \"language\": \"en\", "
                + "\"paymentTermDays\": 10, \"lines\": " + lines + "}");
    }
}
