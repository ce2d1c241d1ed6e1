package org.clientele.platform.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.clientele.platform.BulkTable;

/**
 * Writes rows to one table on MySQL or MariaDB with multi-row inserts of up to 1,000 rows, in one
 * transaction (see {@link MySqlBulkConnection}): for MySQL's driver, or a server that refuses local files.
 */
final class MySqlInsertTable implements BulkTable {

    /** The client protocol allows 65,535 parameters per statement. */
    private static final int MAX_PARAMETERS = 60_000;

    private final String table;
    private final String[] columns;
    private final int rowsPerStatement;
    private final MySqlBulkConnection bulkConnection;
    private final Connection connection;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement fullStatement;
    private long rows;

    MySqlInsertTable(DataSource dataSource, String table, String... columns) {
        this.table = table;
        this.columns = columns;
        this.rowsPerStatement = Math.max(1, Math.min(1_000, MAX_PARAMETERS / columns.length));
        try {
            bulkConnection = MySqlBulkConnection.pooled(dataSource, table);
            connection = bulkConnection.connection();
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    @Override
    public void row(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + " takes " + columns.length + " values per row, not " + values.length);
        }
        pending.add(values.clone());
        rows++;
        if (pending.size() == rowsPerStatement) {
            write();
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try (bulkConnection) {
            write();
            if (fullStatement != null) {
                fullStatement.close();
            }
            bulkConnection.commit();
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    private void write() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            if (pending.size() == rowsPerStatement) {
                if (fullStatement == null) {
                    fullStatement = connection.prepareStatement(insert(rowsPerStatement));
                }
                bind(fullStatement);
                fullStatement.executeUpdate();
            } else {
                try (PreparedStatement statement = connection.prepareStatement(insert(pending.size()))) {
                    bind(statement);
                    statement.executeUpdate();
                }
            }
            pending.clear();
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    private void bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object[] values : pending) {
            for (Object value : values) {
                statement.setObject(index++, BulkValues.jdbcValue(value));
            }
        }
    }

    private String insert(int rowCount) {
        String placeholders = "(" + "?, ".repeat(columns.length - 1) + "?)";
        StringBuilder sql = new StringBuilder("insert into ").append(table)
                .append(" (").append(String.join(", ", columns)).append(") values ");
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(placeholders);
        }
        return sql.toString();
    }
}
