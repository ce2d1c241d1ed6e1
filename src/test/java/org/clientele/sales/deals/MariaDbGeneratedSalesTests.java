package org.clientele.sales.deals;

import org.clientele.testing.MariaDbGeneratedDataTest;

/** The generated sales data on MariaDB. */
@MariaDbGeneratedDataTest
class MariaDbGeneratedSalesTests extends GeneratedSalesContract {
}
