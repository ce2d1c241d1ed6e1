package org.clientele.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test application context at a PostgreSQL database of its own. */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabases.postgres();
        TestPropertyValues.of("clientele.db.url=" + database.url()).applyTo(context);
        TestDatabaseCleanup.dropWhenClosed(context, database);
    }
}
