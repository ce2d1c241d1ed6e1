package org.clientele.sales.deals;

import org.clientele.testing.ClienteleTest;

/** Pages of the deal list within each user's visibility, on PostgreSQL. */
@ClienteleTest
class DealListPagesTests extends DealListPagesContract {
}
