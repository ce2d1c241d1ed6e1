package org.clientele.generated;

import org.clientele.testing.GeneratedDataTest;

/** The generated data set on PostgreSQL. */
@GeneratedDataTest
class GeneratedDataTests extends GeneratedDataContract {
}
