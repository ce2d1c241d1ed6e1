package org.clientele.platform.generate;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams rows into one table on MariaDB with one {@code LOAD DATA LOCAL INFILE} statement, fed
 * through a pipe by a thread of its own while the rows are made, in one transaction (see
 * {@link MySqlBulkConnection}). One statement, because MariaDB builds the indexes of a table loaded
 * empty by sorting only within the first statement that writes to it; later ones insert row by row.
 * A local load turns what would be errors (duplicate keys, values too long) into warnings, so any
 * warning, or fewer rows loaded than sent, fails the write.
 */
final class MariaDbLoadTable extends TextTable {

    private static final Logger log = LoggerFactory.getLogger(MariaDbLoadTable.class);

    private static final int CHUNK = 1 << 20;

    private final MySqlBulkConnection connection;
    private final PipedOutputStream pipe = new PipedOutputStream();
    private final CompletableFuture<Long> load = new CompletableFuture<>();
    private final long opened = System.nanoTime();

    MariaDbLoadTable(MySqlBulkConnection connection, String table, String... columns) {
        super(table, columns.length, '\t', CHUNK);
        this.connection = connection;
        String sql = "load data local infile 'rows' into table " + table + " character set utf8mb4 (" + String.join(", ", columns) + ")";
        try {
            PipedInputStream rows = new PipedInputStream(pipe, CHUNK);
            Thread loader = new Thread(() -> load(sql, rows), "load-" + table);
            loader.setDaemon(true);
            loader.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void appendField(StringBuilder line, Object value) {
        BulkValues.appendLoadData(line, value);
    }

    @Override
    protected void send(byte[] text, long rowCount) throws SQLException {
        try {
            pipe.write(text);
        } catch (IOException e) {
            // the statement ended early: its error says why
            throw loadError(e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            flush();
            pipe.close();
            long loaded = load.join();
            if (loaded != rows()) {
                throw new SQLException("loaded " + loaded + " of " + rows() + " rows");
            }
            long committing = System.nanoTime();
            connection.commit();
            log.info("Loaded {} rows into {} in {} s, {} s of them committing", rows(), table, seconds(opened), seconds(committing));
        } catch (SQLException | IOException e) {
            throw new BulkWriteException(table, e instanceof SQLException sql ? sql : new SQLException(e));
        } catch (CompletionException e) {
            throw new BulkWriteException(table, loadError(e));
        }
    }

    private void load(String sql, PipedInputStream rows) {
        try (rows; Statement statement = connection.connection().createStatement()) {
            statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(rows);
            long loaded = statement.executeLargeUpdate(sql);
            SQLWarning warning = statement.getWarnings();
            if (warning != null) {
                throw new SQLException("first warning: " + warning.getMessage());
            }
            load.complete(loaded);
        } catch (SQLException | IOException | RuntimeException e) {
            load.completeExceptionally(e);
        }
    }

    private SQLException loadError(Exception fallback) {
        try {
            load.join();
        } catch (CompletionException e) {
            return e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        }
        return fallback instanceof SQLException sql ? sql : new SQLException(fallback);
    }

    private static String seconds(long fromNanos) {
        return String.format("%.1f", (System.nanoTime() - fromNanos) / 1e9);
    }
}
