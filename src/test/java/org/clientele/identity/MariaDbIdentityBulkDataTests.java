package org.clientele.identity;

import org.clientele.testing.MariaDbTestDatabase;
import org.clientele.testing.RequiresMariaDb;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

@RequiresMariaDb
@SpringBootTest(properties = "generate.password=" + IdentityBulkDataContract.PASSWORD)
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@AutoConfigureMockMvc
class MariaDbIdentityBulkDataTests extends IdentityBulkDataContract {
}
