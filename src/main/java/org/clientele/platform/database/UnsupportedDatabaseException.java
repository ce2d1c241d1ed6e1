package org.clientele.platform.database;

/** {@code CLIENTELE_DB_URL} names a database Clientele does not run on. */
class UnsupportedDatabaseException extends RuntimeException {

    UnsupportedDatabaseException(String url) {
        super("CLIENTELE_DB_URL must point at PostgreSQL, MySQL or MariaDB (jdbc:postgresql:, jdbc:mysql: or jdbc:mariadb:), not " + url);
    }
}
