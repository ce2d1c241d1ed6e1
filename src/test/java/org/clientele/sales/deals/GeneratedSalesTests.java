package org.clientele.sales.deals;

import org.clientele.testing.GeneratedDataTest;

/** The generated sales data on PostgreSQL. */
@GeneratedDataTest
class GeneratedSalesTests extends GeneratedSalesContract {
}
