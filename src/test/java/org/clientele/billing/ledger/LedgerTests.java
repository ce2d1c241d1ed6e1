package org.clientele.billing.ledger;

import org.clientele.testing.ClienteleTest;

/** The ledger on PostgreSQL. */
@ClienteleTest
class LedgerTests extends LedgerContract {
}
