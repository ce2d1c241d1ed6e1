package org.clientele.generated;

import org.clientele.testing.MariaDbGeneratedDataTest;

/** The generated data set on MariaDB. */
@MariaDbGeneratedDataTest
class MariaDbGeneratedDataTests extends GeneratedDataContract {
}
