package org.clientele.customers;

import java.util.OptionalLong;

import org.clientele.platform.DatabaseVendor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many rows a table holds, as the database's statistics estimate it, never by counting:
 * PostgreSQL's {@code pg_class.reltuples}, MySQL's and MariaDB's
 * {@code information_schema.tables.table_rows}. Empty while the statistics know nothing yet.
 */
@Component
class RowEstimates {

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    RowEstimates(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /** @param table a table name written in code, never input */
    OptionalLong of(String table) {
        Long rows = vendor == DatabaseVendor.POSTGRESQL
                ? jdbc.sql("select cast(reltuples as bigint) from pg_class where oid = cast(? as regclass)").param(table)
                        .query(Long.class).optional().orElse(null)
                : jdbc.sql("select table_rows from information_schema.tables where table_schema = database() and table_name = ?")
                        .param(table).query(Long.class).optional().orElse(null);
        return rows == null || rows < 0 ? OptionalLong.empty() : OptionalLong.of(rows);
    }
}
