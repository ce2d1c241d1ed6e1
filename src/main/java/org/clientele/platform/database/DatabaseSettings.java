package org.clientele.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which database to use. With no {@code url} Clientele starts its own PostgreSQL in the data
 * folder ({@code CLIENTELE_DATA_DIR}); otherwise it connects to the given PostgreSQL, MySQL or
 * MariaDB server.
 *
 * @param url JDBC URL of an external database ({@code CLIENTELE_DB_URL})
 * @param user database user ({@code CLIENTELE_DB_USER})
 * @param password database password ({@code CLIENTELE_DB_PASSWORD})
 * @param embeddedPort port of the embedded PostgreSQL; 0 picks a free one
 * @param embeddedSharedBuffers the embedded PostgreSQL's cache of pages: {@code auto} (an eighth of
 *        the machine's memory, within 128 MB and 2 GB) or a size such as {@code 512MB}
 */
@ConfigurationProperties("clientele.db")
record DatabaseSettings(String url, String user, String password, @DefaultValue("0") int embeddedPort,
        @DefaultValue(EmbeddedPostgresMemory.AUTO) String embeddedSharedBuffers) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
