package org.clientele.sales.deals;

import org.clientele.testing.ClienteleTest;

/** Record visibility, links and moves of deals on PostgreSQL. */
@ClienteleTest
class DealVisibilityTests extends DealVisibilityContract {
}
