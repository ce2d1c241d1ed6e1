package org.clientele.identity;

import org.clientele.testing.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(properties = "generate.password=" + IdentityBulkDataContract.PASSWORD)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@AutoConfigureMockMvc
class IdentityBulkDataTests extends IdentityBulkDataContract {
}
