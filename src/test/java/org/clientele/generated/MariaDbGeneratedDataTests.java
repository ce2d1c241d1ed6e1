package org.clientele.generated;

import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.RequiresMariaDb;
import org.clientele.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The generated data set on MariaDB, in a database of its own. */
@RequiresMariaDb
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.test.context=generated"})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class MariaDbGeneratedDataTests extends GeneratedDataContract {
}
