package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** Exports, the consent filter and marketing eligibility on PostgreSQL. */
@ClienteleTest
class ExportTests extends ExportContract {
}
