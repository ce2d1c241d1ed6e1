package org.clientele.testing;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Drops a context's database when the context closes. Registered before any bean of the
 * application, it is destroyed after all of them, so no connection pool is still trying to use
 * the database when it goes; dropping it from a JVM shutdown hook instead races the context's own
 * shutdown and leaves pools waiting for a database that is gone.
 */
final class TestDatabaseCleanup {

    private TestDatabaseCleanup() {
    }

    static void dropWhenClosed(ConfigurableApplicationContext context, TestDatabase database) {
        Runnable drop = TestDatabases.disown(database);
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("clienteleTestDatabaseCleanup", drop::run);
    }
}
