package org.clientele.sales.requests;

import org.clientele.testing.ClienteleTest;

/** The request inbox on PostgreSQL. */
@ClienteleTest
class RequestTests extends RequestContract {
}
