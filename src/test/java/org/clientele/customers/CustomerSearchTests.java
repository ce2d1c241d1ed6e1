package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** The global search over companies and contacts on PostgreSQL, through pg_trgm. */
@ClienteleTest
class CustomerSearchTests extends CustomerSearchContract {
}
