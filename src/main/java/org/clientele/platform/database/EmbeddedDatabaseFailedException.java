package org.clientele.platform.database;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start in its data folder. */
class EmbeddedDatabaseFailedException extends RuntimeException {

    private final Path dataDirectory;

    EmbeddedDatabaseFailedException(Path dataDirectory, Throwable cause) {
        super("Embedded PostgreSQL failed to start in " + dataDirectory + ": " + cause.getMessage(), cause);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
