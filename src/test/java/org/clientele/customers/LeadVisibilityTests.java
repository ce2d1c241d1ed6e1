package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** Record visibility of leads on PostgreSQL. */
@ClienteleTest
class LeadVisibilityTests extends LeadVisibilityContract {
}
