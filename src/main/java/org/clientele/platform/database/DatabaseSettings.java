package org.clientele.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With no {@code url} Clientele starts its own PostgreSQL under
 * {@code dataDir}; otherwise it connects to the given PostgreSQL, MySQL or MariaDB server.
 *
 * @param url JDBC URL of an external database ({@code CLIENTELE_DB_URL})
 * @param user database user ({@code CLIENTELE_DB_USER})
 * @param password database password ({@code CLIENTELE_DB_PASSWORD})
 * @param dataDir folder for the embedded database and local files ({@code CLIENTELE_DATA_DIR})
 * @param embeddedPort port of the embedded PostgreSQL; 0 picks a free one
 */
@ConfigurationProperties("clientele.db")
record DatabaseSettings(String url, String user, String password,
        @DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedPort) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
