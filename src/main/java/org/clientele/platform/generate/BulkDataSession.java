package org.clientele.platform.generate;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.clientele.platform.BulkData;
import org.clientele.platform.BulkTable;
import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One generation run: its plan, its clock, the tables written and what contributors shared. */
final class BulkDataSession implements BulkData {

    private static final long SEED = 20_261_127L;

    private final GenerationPlan plan;
    private final Instant now;
    private final DatabaseVendor vendor;
    private final DataSource dataSource;
    private final boolean loadData;
    private final JdbcClient jdbc;
    private final Map<String, long[]> shared = new HashMap<>();
    private final Map<String, Long> rowsByTable = new LinkedHashMap<>();
    private final Set<String> tablesWithIds = new LinkedHashSet<>();
    private final Map<String, SharedTable> sharedTables = new LinkedHashMap<>();

    BulkDataSession(GenerationPlan plan, Instant now, DatabaseVendor vendor, DataSource dataSource) {
        this(plan, now, vendor, dataSource, true);
    }

    /** @param loadData whether MariaDB may be sent local files; without, MySQL's multi-row inserts are used */
    BulkDataSession(GenerationPlan plan, Instant now, DatabaseVendor vendor, DataSource dataSource, boolean loadData) {
        this.loadData = loadData;
        this.plan = plan;
        this.now = now;
        this.vendor = vendor;
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public int count(String kind) {
        return plan.count(kind);
    }

    @Override
    public SplittableRandom random(String name) {
        return new SplittableRandom(SEED * 31 + name.hashCode());
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public DatabaseVendor vendor() {
        return vendor;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }

    @Override
    public BulkTable table(String table, String... columns) {
        if (Set.of(columns).contains("id")) {
            tablesWithIds.add(table);
        }
        BulkTable writer = vendor == DatabaseVendor.POSTGRESQL
                ? new PostgresCopyTable(dataSource, table, columns)
                : mySqlTable(table, columns);
        return new ClosingTable(writer, () -> {
            writer.close();
            rowsByTable.merge(table, writer.rows(), Long::sum);
        });
    }

    @Override
    public BulkTable sharedTable(String table, String... columns) {
        SharedTable shared = sharedTables.computeIfAbsent(table, name -> new SharedTable(table(name, columns), List.of(columns)));
        if (!shared.columns().equals(List.of(columns))) {
            throw new IllegalArgumentException("The shared table " + table + " has the columns " + shared.columns() + ", not "
                    + List.of(columns));
        }
        // closed by closeSharedTables once every contributor has written
        return new ClosingTable(shared.writer(), () -> { });
    }

    private record SharedTable(BulkTable writer, List<String> columns) {
    }

    /** Writes and commits what the contributors appended to shared tables. */
    void closeSharedTables() {
        List<SharedTable> open = List.copyOf(sharedTables.values());
        sharedTables.clear();
        for (SharedTable table : open) {
            table.writer().close();
        }
    }

    private BulkTable mySqlTable(String table, String... columns) {
        try {
            MySqlBulkConnection loadConnection = loadData ? MySqlBulkConnection.forLoadData(dataSource, table) : null;
            return loadConnection != null ? new MariaDbLoadTable(loadConnection, table, columns) : new MySqlInsertTable(dataSource, table, columns);
        } catch (SQLException e) {
            throw new BulkWriteException(table, e);
        }
    }

    @Override
    public long nextId(String table) {
        return jdbc.sql("select coalesce(max(id), 0) + 1 from " + table).query(Long.class).single();
    }

    @Override
    public void share(String key, long[] values) {
        shared.put(key, values.clone());
    }

    @Override
    public long[] shared(String key) {
        long[] values = shared.get(key);
        if (values == null) {
            throw new IllegalStateException("No generated values were shared as \"" + key + "\"; shared: " + shared.keySet());
        }
        return values;
    }

    Map<String, Long> rowsByTable() {
        return rowsByTable;
    }

    Set<String> tablesWithIds() {
        return tablesWithIds;
    }

    /** A writer seen through another close: the session's tally, or nothing for a shared table. */
    private record ClosingTable(BulkTable writer, Runnable onClose) implements BulkTable {

        @Override
        public void row(Object... values) {
            writer.row(values);
        }

        @Override
        public long rows() {
            return writer.rows();
        }

        @Override
        public void close() {
            onClose.run();
        }
    }
}
