package org.clientele.platform.generate;

import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams rows into one table on MariaDB with {@code LOAD DATA LOCAL INFILE}, a few megabytes per
 * statement fed from memory, in one transaction (see {@link MySqlBulkConnection}). A local load turns
 * what would be errors (duplicate keys, values too long) into warnings, so any warning fails the write.
 */
final class MariaDbLoadTable extends TextTable {

    private static final Logger log = LoggerFactory.getLogger(MariaDbLoadTable.class);

    private final String columns;
    private final MySqlBulkConnection connection;
    private final long opened = System.nanoTime();

    MariaDbLoadTable(MySqlBulkConnection connection, String table, String... columns) {
        super(table, columns.length, '\t', 4 << 20);
        this.connection = connection;
        this.columns = String.join(", ", columns);
    }

    @Override
    protected void appendField(StringBuilder line, Object value) {
        BulkValues.appendLoadData(line, value);
    }

    @Override
    protected void send(byte[] text, long rowCount) throws SQLException {
        try (Statement statement = connection.connection().createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(text));
            long loaded = statement.executeLargeUpdate("load data local infile 'rows' into table " + table
                    + " character set utf8mb4 (" + columns + ")");
            SQLWarning warning = statement.getWarnings();
            if (warning != null || loaded != rowCount) {
                throw new SQLException("loaded " + loaded + " of " + rowCount + " rows"
                        + (warning == null ? "" : ", first warning: " + warning.getMessage()));
            }
        }
    }

    @Override
    public void close() {
        try (connection) {
            flush();
            long committing = System.nanoTime();
            connection.commit();
            log.info("Loaded {} rows into {} in {} s, {} s of them committing", rows(), table, seconds(opened), seconds(committing));
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    private static String seconds(long fromNanos) {
        return String.format("%.1f", (System.nanoTime() - fromNanos) / 1e9);
    }
}
