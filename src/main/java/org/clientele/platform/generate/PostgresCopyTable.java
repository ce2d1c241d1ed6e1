package org.clientele.platform.generate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.clientele.platform.BulkTable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} on a
 * connection of its own, committed when the table is closed.
 */
final class PostgresCopyTable implements BulkTable {

    private static final int FLUSH_AT = 1 << 20;

    private final String table;
    private final int columns;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    PostgresCopyTable(DataSource dataSource, String table, String... columns) {
        this.table = table;
        this.columns = columns.length;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local synchronous_commit = off");
            }
            copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)");
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    @Override
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " takes " + columns + " values per row, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            BulkValues.appendCsv(buffer, values[i]);
        }
        buffer.append('\n');
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
            copy.endCopy();
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
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }
}
