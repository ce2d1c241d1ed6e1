package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** Chosen list columns on PostgreSQL. */
@ClienteleTest
class ListColumnTests extends ListColumnContract {
}
