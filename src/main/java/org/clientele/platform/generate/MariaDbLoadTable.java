package org.clientele.platform.generate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

import org.clientele.platform.BulkTable;

/**
 * Streams rows into one table on MariaDB with {@code LOAD DATA LOCAL INFILE}, a few megabytes per
 * statement fed from memory, in one transaction (see {@link MySqlBulkConnection}). A local load turns
 * what would be errors (duplicate keys, values too long) into warnings, so any warning fails the write.
 */
final class MariaDbLoadTable implements BulkTable {

    private static final int FLUSH_AT = 4 << 20;

    private final String table;
    private final String[] columns;
    private final MySqlBulkConnection connection;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long bufferedRows;
    private long rows;

    MariaDbLoadTable(MySqlBulkConnection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
    }

    @Override
    public void row(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " takes " + columns.length + " values per row, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            BulkValues.appendLoadData(buffer, values[i]);
        }
        buffer.append('\n');
        bufferedRows++;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try (connection) {
            flush();
            connection.commit();
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try (Statement statement = connection.connection().createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(bytes));
            long loaded = statement.executeLargeUpdate("load data local infile 'rows' into table " + table
                    + " character set utf8mb4 (" + String.join(", ", columns) + ")");
            SQLWarning warning = statement.getWarnings();
            if (warning != null || loaded != bufferedRows) {
                throw new SQLException("loaded " + loaded + " of " + bufferedRows + " rows"
                        + (warning == null ? "" : ", first warning: " + warning.getMessage()));
            }
            bufferedRows = 0;
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }
}
