package org.clientele.platform.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)} on a
 * connection of its own, committed when the table is closed.
 */
final class PostgresCopyTable extends TextTable {

    private final Connection connection;
    private final CopyIn copy;

    PostgresCopyTable(DataSource dataSource, String table, String... columns) {
        super(table, columns.length, ',', 1 << 20);
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
    protected void appendField(StringBuilder line, Object value) {
        BulkValues.appendCsv(line, value);
    }

    @Override
    protected void send(byte[] text, long rowCount) throws SQLException {
        copy.writeToCopy(text, 0, text.length);
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
}
