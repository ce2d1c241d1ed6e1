package org.clientele.sales.products;

import org.clientele.testing.ClienteleTest;

/** The catalogue's list and price lookup on PostgreSQL. */
@ClienteleTest
class ProductCatalogTests extends ProductCatalogContract {
}
