package org.clientele.customers;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with one {@code insert … values (…), (…), …} statement per slice: the
 * database parses and plans once per slice instead of once per row, which is what makes imports
 * fast on PostgreSQL (whose driver does not rewrite batches by itself). Timestamps are written in
 * UTC, as Hibernate writes them.
 */
final class MultiRowInsert {

    /** Stays well below the parameter limits of PostgreSQL (32,767) and MySQL/MariaDB (65,535). */
    private static final int MAX_PARAMETERS = 30_000;

    private MultiRowInsert() {
    }

    static void insert(JdbcTemplate jdbc, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int perStatement = Math.max(1, MAX_PARAMETERS / columns.size());
        String row = "(" + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
        String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + perStatement));
            String sql = head + String.join(", ", java.util.Collections.nCopies(slice.size(), row));
            jdbc.execute((ConnectionCallback<Integer>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int index = 1;
                    for (Object[] values : slice) {
                        for (Object value : values) {
                            set(statement, index++, value, utc);
                        }
                    }
                    return statement.executeUpdate();
                }
            });
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
