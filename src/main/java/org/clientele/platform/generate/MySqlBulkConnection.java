package org.clientele.platform.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.mariadb.jdbc.Configuration;

/**
 * The connection one table is written on, on MySQL or MariaDB, in one transaction committed when the
 * table is closed. A table still empty is written with {@code unique_checks} and
 * {@code foreign_key_checks} off: InnoDB then sorts the rows of every index and builds it at commit,
 * as for a new index, instead of inserting them row by row into a B-tree larger than its buffer pool
 * (MariaDB's bulk insert into an empty table); duplicate keys still fail the commit. The foreign keys
 * hold because the generator writes the same rows on PostgreSQL, which checks them during its load.
 */
final class MySqlBulkConnection implements AutoCloseable {

    private static final int LOAD_READ_TIMEOUT_SECONDS = 24 * 60 * 60;

    private final Connection connection;
    private final boolean pooled;
    private final boolean checksOff;

    private MySqlBulkConnection(Connection connection, boolean pooled, String table) throws SQLException {
        this.connection = connection;
        this.pooled = pooled;
        checksOff = empty(connection, table);
        connection.setAutoCommit(false);
        if (checksOff) {
            execute("set unique_checks = 0, foreign_key_checks = 0");
        }
    }

    /** A connection of the pool, for multi-row inserts. */
    static MySqlBulkConnection pooled(DataSource dataSource, String table) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            return new MySqlBulkConnection(connection, true, table);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * A connection of its own that may send {@code LOAD DATA LOCAL INFILE}, when the pool's driver is
     * MariaDB Connector/J and the server accepts local files (MariaDB's default); otherwise null.
     */
    static MySqlBulkConnection forLoadData(DataSource dataSource, String table) throws SQLException {
        Configuration configuration;
        try (Connection pooled = dataSource.getConnection()) {
            if (!pooled.isWrapperFor(org.mariadb.jdbc.Connection.class) || !localInfileAllowed(pooled)) {
                return null;
            }
            configuration = pooled.unwrap(org.mariadb.jdbc.Connection.class).getContext().getConf();
        }
        Connection connection = org.mariadb.jdbc.Driver.connect(configuration.toBuilder().allowLocalInfile(true).build());
        try {
            MySqlBulkConnection load = new MySqlBulkConnection(connection, false, table);
            // The rows of a table come while they are made: a shared table waits minutes for its next contributor.
            load.execute("set net_read_timeout = " + LOAD_READ_TIMEOUT_SECONDS);
            return load;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    void commit() throws SQLException {
        connection.commit();
    }

    /** Gives a pooled connection back with the checks on again. */
    @Override
    public void close() throws SQLException {
        try (connection) {
            if (pooled && checksOff) {
                execute("set unique_checks = 1, foreign_key_checks = 1");
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean empty(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select 1 from " + table + " limit 1")) {
            return !rows.next();
        }
    }

    private static boolean localInfileAllowed(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("select @@local_infile")) {
            return result.next() && result.getBoolean(1);
        }
    }
}
