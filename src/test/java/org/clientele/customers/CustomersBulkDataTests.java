package org.clientele.customers;

import org.clientele.testing.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/** The generated customers on PostgreSQL, in a context of their own (the password sets it apart). */
@SpringBootTest(properties = "generate.password=" + CustomersBulkDataContract.PASSWORD)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@AutoConfigureMockMvc
class CustomersBulkDataTests extends CustomersBulkDataContract {
}
