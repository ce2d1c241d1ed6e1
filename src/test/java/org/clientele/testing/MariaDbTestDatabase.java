package org.clientele.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test application context at a MariaDB database of its own; use with {@link RequiresMariaDb}. */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabases.mariadb();
        TestPropertyValues.of("clientele.db.url=" + database.url()).applyTo(context);
        TestDatabaseCleanup.dropWhenClosed(context, database);
    }
}
