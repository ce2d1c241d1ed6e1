package org.clientele.customers;

import java.util.ArrayList;
import java.util.List;

import org.clientele.platform.BulkData;
import org.clientele.platform.DatabaseVendor;

/**
 * On PostgreSQL, the indexes of tables about to be filled in bulk, dropped before and made again
 * from their own definitions after: building an index over a million rows at once is several times
 * faster than keeping it up to date row by row. Indexes behind constraints (primary keys, unique
 * constraints) stay. Elsewhere this does nothing.
 */
final class DeferredIndexes implements AutoCloseable {

    private final BulkData data;
    private final List<String> definitions;

    private DeferredIndexes(BulkData data, List<String> definitions) {
        this.data = data;
        this.definitions = definitions;
    }

    static DeferredIndexes drop(BulkData data, String... tables) {
        List<String> definitions = new ArrayList<>();
        if (data.vendor() != DatabaseVendor.POSTGRESQL) {
            return new DeferredIndexes(data, definitions);
        }
        for (String table : tables) {
            List<Index> indexes = data.jdbc().sql("select indexname, indexdef from pg_indexes where schemaname = current_schema() "
                    + "and tablename = ? and indexname not in (select conname from pg_constraint where conrelid = ?::regclass) "
                    + "order by indexname")
                    .params(table, table).query((rs, n) -> new Index(rs.getString("indexname"), rs.getString("indexdef"))).list();
            for (Index index : indexes) {
                data.jdbc().sql("drop index " + index.name()).update();
                definitions.add(index.definition());
            }
        }
        return new DeferredIndexes(data, definitions);
    }

    /** Makes the dropped indexes again. */
    @Override
    public void close() {
        for (String definition : definitions) {
            data.jdbc().sql(definition).update();
        }
        definitions.clear();
    }

    private record Index(String name, String definition) {
    }
}
