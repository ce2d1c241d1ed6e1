package org.clientele.customers;

import org.clientele.testing.ClienteleTest;

/** Duplicate detection on create on PostgreSQL. */
@ClienteleTest
class DuplicateDetectionTests extends DuplicateDetectionContract {
}
