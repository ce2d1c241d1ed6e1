package org.clientele.billing.generated;

import org.clientele.testing.GeneratedDataTest;

/** The generated billing data on PostgreSQL. */
@GeneratedDataTest
class GeneratedBillingTests extends GeneratedBillingContract {
}
