package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** Segments on PostgreSQL. */
@ClienteleTest
class SegmentTests extends SegmentContract {
}
