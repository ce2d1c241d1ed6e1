package org.clientele.identity;

import org.clientele.testing.ClienteleTest;

/** The record-visibility policy on PostgreSQL. */
@ClienteleTest
class RecordVisibilityTests extends RecordVisibilityContract {
}
