package org.clientele.platform.database;

import java.io.IOException;

/** The embedded server when one runs, so that it is stopped after the pool that uses it. */
final class EmbeddedPostgresHolder implements AutoCloseable {

    private final EmbeddedPostgresServer server;

    private EmbeddedPostgresHolder(EmbeddedPostgresServer server) {
        this.server = server;
    }

    static EmbeddedPostgresHolder of(EmbeddedPostgresServer server) {
        return new EmbeddedPostgresHolder(server);
    }

    static EmbeddedPostgresHolder none() {
        return new EmbeddedPostgresHolder(null);
    }

    EmbeddedPostgresServer server() {
        if (server == null) {
            throw new IllegalStateException("No embedded database runs: CLIENTELE_DB_URL is set");
        }
        return server;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
