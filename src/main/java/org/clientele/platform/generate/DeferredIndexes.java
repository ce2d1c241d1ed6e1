package org.clientele.platform.generate;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL, the plain (not unique) indexes of the schema, dropped before a generation and made
 * again from their own definitions after it: building an index over millions of rows at once is
 * several times faster than keeping it up to date row by row. Primary keys, unique constraints and
 * unique indexes stay, so that upserts and the database's own checks work during the load.
 */
final class DeferredIndexes {

    private final JdbcClient jdbc;
    private final List<String> definitions;

    private DeferredIndexes(JdbcClient jdbc, List<String> definitions) {
        this.jdbc = jdbc;
        this.definitions = definitions;
    }

    static DeferredIndexes drop(JdbcClient jdbc) {
        List<Index> indexes = jdbc.sql("select c.relname as name, pg_get_indexdef(i.indexrelid) as definition from pg_index i "
                + "join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = current_schema() and not i.indisunique and not i.indisprimary "
                + "and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid) order by c.relname")
                .query((rs, n) -> new Index(rs.getString("name"), rs.getString("definition"))).list();
        for (Index index : indexes) {
            jdbc.sql("drop index " + index.name()).update();
        }
        return new DeferredIndexes(jdbc, indexes.stream().map(Index::definition).toList());
    }

    /** Makes the dropped indexes again, with more memory for sorting than a request gets. */
    void rebuild() {
        for (String definition : definitions) {
            jdbc.sql("set maintenance_work_mem = '256MB'; " + definition).update();
        }
    }

    int count() {
        return definitions.size();
    }

    private record Index(String name, String definition) {
    }
}
