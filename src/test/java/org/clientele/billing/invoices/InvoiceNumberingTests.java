package org.clientele.billing.invoices;

import org.clientele.testing.ClienteleTest;

/** Gapless numbers on PostgreSQL. */
@ClienteleTest
class InvoiceNumberingTests extends InvoiceNumberingContract {
}
