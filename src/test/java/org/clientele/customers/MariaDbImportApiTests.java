package org.clientele.customers;

import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.RequiresMariaDb;
import org.clientele.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/** Imports on MariaDB (JDBC batches with generated keys, search trigrams); same context as the other MariaDB tests. */
@RequiresMariaDb
@SpringBootTest(properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD})
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@AutoConfigureMockMvc
class MariaDbImportApiTests extends ImportApiContract {
}
