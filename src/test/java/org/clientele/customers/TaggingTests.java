package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** Tags on PostgreSQL. */
@ClienteleTest
class TaggingTests extends TaggingContract {
}
