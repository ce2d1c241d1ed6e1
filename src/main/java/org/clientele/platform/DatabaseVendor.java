package org.clientele.platform;

/** The family of the database in use, for the few statements that differ between them. */
public enum DatabaseVendor {
    POSTGRESQL,
    /** MySQL 8 and MariaDB 10.11+, which share one migration history. */
    MYSQL
}
