package org.clientele.sales.currencies;

import org.clientele.testing.ClienteleTest;

/** Conversions on PostgreSQL. */
@ClienteleTest
class ExchangeRateLookupTests extends ExchangeRateLookupContract {
}
