package org.clientele.billing.numbering;

import org.clientele.testing.ClienteleTest;

/** Gapless numbering on PostgreSQL. */
@ClienteleTest
class DocumentNumbersTests extends DocumentNumbersContract {
}
