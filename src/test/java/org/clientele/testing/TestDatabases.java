package org.clientele.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;

/**
 * The database servers tests run against: the PostgreSQL at {@code CLIENTELE_TEST_PG_URL}, or an
 * embedded one when that is unset; the MariaDB at {@code CLIENTELE_TEST_MARIADB_URL}, whose tests
 * are skipped when it is unset. With {@code CI=true} a missing server fails the tests instead.
 */
public final class TestDatabases {

    public static final String PG_URL = "CLIENTELE_TEST_PG_URL";
    public static final String MARIADB_URL = "CLIENTELE_TEST_MARIADB_URL";

    private static TestDatabaseServer postgres;
    private static TestDatabaseServer mariadb;
    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    /** A fresh PostgreSQL database. */
    public static synchronized TestDatabase postgres() {
        if (postgres == null) {
            String url = System.getenv(PG_URL);
            if (url == null || url.isBlank()) {
                if (inCi()) {
                    throw new IllegalStateException(PG_URL + " must be set when CI=true");
                }
                url = startEmbeddedPostgres();
            }
            postgres = TestDatabaseServer.at(url);
            postgres.verifyReachable(PG_URL);
        }
        return postgres.createDatabase();
    }

    /** A fresh MariaDB database; aborts the calling test (a skip) when no MariaDB is configured outside CI. */
    public static synchronized TestDatabase mariadb() {
        if (mariadb == null) {
            String url = System.getenv(MARIADB_URL);
            if (url == null || url.isBlank()) {
                if (inCi()) {
                    throw new IllegalStateException(MARIADB_URL + " must be set when CI=true");
                }
                Assumptions.abort("MariaDB tests skipped: set " + MARIADB_URL + " (for example jdbc:mariadb://127.0.0.1:3306/?user=root) to run them");
            }
            mariadb = TestDatabaseServer.at(url);
            mariadb.verifyReachable(MARIADB_URL);
        }
        return mariadb.createDatabase();
    }

    /**
     * Takes a database made by {@link #postgres()} or {@link #mariadb()} off the list dropped at
     * JVM exit, and returns how to drop it.
     */
    static synchronized Runnable disown(TestDatabase database) {
        for (TestDatabaseServer server : new TestDatabaseServer[] {postgres, mariadb}) {
            if (server != null && server.disown(database)) {
                return () -> server.drop(database);
            }
        }
        throw new IllegalArgumentException("Not a test database: " + database.name());
    }

    /** Whether missing test infrastructure must fail the run rather than skip tests. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String startEmbeddedPostgres() {
        try {
            Path directory = Files.createTempDirectory("clientele-test-pg");
            embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopEmbedded, "stop-test-postgres"));
            return embedded.getJdbcUrl("postgres", "postgres");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
        }
    }

    private static void stopEmbedded() {
        try {
            embedded.close();
        }
        catch (IOException ex) {
            System.err.println("Could not stop the embedded test PostgreSQL: " + ex.getMessage());
        }
    }
}
