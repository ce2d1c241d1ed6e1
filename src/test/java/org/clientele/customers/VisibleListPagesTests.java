package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** Pages of the customer lists within each user's visibility, on PostgreSQL. */
@ClienteleTest
class VisibleListPagesTests extends VisibleListPagesContract {
}
