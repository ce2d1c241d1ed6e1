package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** An API caller's teams on PostgreSQL. */
@ClienteleTest
class ApiCallerTeamsTests extends ApiCallerTeamsContract {
}
