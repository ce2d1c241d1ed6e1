package org.clientele.billing.generated;

import org.clientele.testing.MariaDbGeneratedDataTest;

/** The generated billing data on MariaDB. */
@MariaDbGeneratedDataTest
class MariaDbGeneratedBillingTests extends GeneratedBillingContract {
}
