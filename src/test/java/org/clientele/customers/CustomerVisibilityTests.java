package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** Record visibility of companies and contacts on PostgreSQL. */
@ClienteleTest
class CustomerVisibilityTests extends CustomerVisibilityContract {
}
