package org.clientele.customers;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows at once in the current transaction. On PostgreSQL with {@code COPY … FROM
 * STDIN}: the rows travel as CSV text, with no statement to parse or plan and no parameters to
 * bind, which is what makes imports fast. On MySQL and MariaDB with one {@code insert … values
 * (…), (…), …} statement per slice, parsed and planned once per slice instead of once per row.
 * Timestamps are written in UTC, as Hibernate writes them.
 */
final class MultiRowInsert {

    /** Stays well below the parameter limits of PostgreSQL (32,767) and MySQL/MariaDB (65,535). */
    private static final int MAX_PARAMETERS = 30_000;
    private static final int COPY_BUFFER = 1 << 16;

    private MultiRowInsert() {
    }

    static void insert(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), table, columns, rows);
            }
            else {
                values(connection, table, columns, rows);
            }
            return null;
        });
    }

    private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)");
        try {
            StringBuilder csv = new StringBuilder(COPY_BUFFER + 4096);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    appendCsv(csv, row[i]);
                }
                csv.append('\n');
                if (csv.length() >= COPY_BUFFER) {
                    write(copy, csv);
                }
            }
            write(copy, csv);
            copy.endCopy();
        }
        finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder csv) throws SQLException {
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        csv.setLength(0);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    /** A value as COPY's CSV reads it: nothing for null, text always quoted (so that an empty text stays one). */
    private static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    csv.append('"');
                }
                csv.append(c);
            }
            csv.append('"');
        }
        else if (value instanceof Timestamp timestamp) {
            csv.append(timestamp.toInstant());
        }
        else if (value instanceof Number || value instanceof LocalDate) {
            csv.append(value);
        }
        else if (value instanceof Boolean flag) {
            csv.append(flag ? 't' : 'f');
        }
        else {
            throw new IllegalArgumentException("Cannot copy a " + value.getClass().getName());
        }
    }

    private static void values(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        int perStatement = Math.max(1, MAX_PARAMETERS / columns.size());
        String row = "(" + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + perStatement));
            String sql = head + String.join(", ", java.util.Collections.nCopies(slice.size(), row));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object[] values : slice) {
                    for (Object value : values) {
                        set(statement, index++, value, utc);
                    }
                }
                statement.executeUpdate();
            }
        }
    }

    private static void set(PreparedStatement statement, int index, Object value, Calendar utc) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        }
        else if (value instanceof Timestamp timestamp) {
            statement.setTimestamp(index, timestamp, utc);
        }
        else {
            statement.setObject(index, value);
        }
    }
}
