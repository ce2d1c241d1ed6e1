package org.clientele.sales.deals;

import org.clientele.testing.ClienteleTest;

/** The board, its moves and the deal list on PostgreSQL. */
@ClienteleTest
class DealBoardTests extends DealBoardContract {
}
