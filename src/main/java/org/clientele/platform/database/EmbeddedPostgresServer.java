package org.clientele.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the application's own process, with its data kept in a
 * folder across restarts. Closing it stops the server cleanly.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "clientele";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param sharedBuffers the server's {@code shared_buffers}, such as {@code 512MB} ({@link EmbeddedPostgresMemory})
     */
    static EmbeddedPostgresServer start(Path dataDir, int port, String sharedBuffers) {
        Path directory = dataDir.resolve("postgres").toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(90))
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("shared_buffers", sharedBuffers)
                    // The embedding library turns this off by default, which may lose the last commits when the machine fails.
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start(), directory);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL is serving {} from {}", server.jdbcUrl(), directory);
            return server;
        }
        catch (IOException | SQLException | RuntimeException ex) {
            throw new EmbeddedDatabaseFailedException(directory, ex);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    String user() {
        return "postgres";
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        postgres.close();
    }
}
