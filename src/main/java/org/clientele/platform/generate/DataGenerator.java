package org.clientele.platform.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.clientele.platform.BulkDataContributor;
import org.clientele.platform.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Fills an empty database with a large generated data set, every module writing its own tables
 * through its {@link BulkDataContributor}, then lets each identity continue after the generated
 * ids and refreshes the planner's statistics. On PostgreSQL the plain indexes are built once the
 * rows are in, not kept up to date row by row.
 */
@Service
public class DataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

    /** Tables that hold nothing in a database the generator may fill. */
    private static final List<String> MUST_BE_EMPTY = List.of("companies", "contacts", "leads", "deals", "billing_invoices");

    private final List<BulkDataContributor> contributors;
    private final DataSource dataSource;
    private final DatabaseVendor vendor;
    private final JdbcClient jdbc;

    DataGenerator(List<BulkDataContributor> contributors, DataSource dataSource, DatabaseVendor vendor) {
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(BulkDataContributor::order)).toList();
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * Generates the planned data.
     *
     * @return the rows written per table
     * @throws IllegalStateException when the database already holds customers, deals or invoices
     */
    public Map<String, Long> generate(GenerationPlan plan) {
        refuseUnlessEmpty();
        Instant started = Instant.now();
        log.info("Generating {}", plan.counts());
        BulkDataSession session = new BulkDataSession(plan, started, vendor, dataSource);
        DeferredIndexes deferred = vendor == DatabaseVendor.POSTGRESQL ? DeferredIndexes.drop(jdbc) : null;
        try {
            for (BulkDataContributor contributor : contributors) {
                Instant from = Instant.now();
                contributor.contribute(session);
                log.info("Generated {} in {} s", contributor.getClass().getSimpleName(), seconds(from));
            }
            Instant from = Instant.now();
            session.closeSharedTables();
            log.info("Wrote the shared tables in {} s", seconds(from));
        } finally {
            if (deferred != null) {
                Instant from = Instant.now();
                deferred.rebuild();
                log.info("Built {} indexes in {} s", deferred.count(), seconds(from));
            }
        }
        continueIdentities(session);
        analyze(session);
        session.rowsByTable().forEach((table, rows) -> log.info("  {}: {} rows", table, rows));
        log.info("Generated {} rows in {} tables in {} s", session.rowsByTable().values().stream().mapToLong(Long::longValue).sum(),
                session.rowsByTable().size(), seconds(started));
        return session.rowsByTable();
    }

    private void refuseUnlessEmpty() {
        for (String table : MUST_BE_EMPTY) {
            boolean empty = jdbc.sql("select count(*) from (select 1 from " + table + " limit 1) t").query(Integer.class).single() == 0;
            if (!empty) {
                throw new IllegalStateException("The generator fills an empty database, and this one has " + table
                        + "; point CLIENTELE_DB_URL at a new database");
            }
        }
    }

    /** MySQL and MariaDB move their auto-increment past explicit ids by themselves. */
    private void continueIdentities(BulkDataSession session) {
        if (vendor != DatabaseVendor.POSTGRESQL) {
            return;
        }
        for (String table : session.tablesWithIds()) {
            jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))")
                    .query(Long.class).optional();
        }
    }

    private void analyze(BulkDataSession session) {
        for (String table : session.rowsByTable().keySet()) {
            if (vendor == DatabaseVendor.POSTGRESQL) {
                jdbc.sql("analyze " + table).update();
            } else {
                jdbc.sql("analyze table " + table).query().listOfRows();
            }
        }
    }

    private static String seconds(Instant from) {
        return String.format("%.1f", Duration.between(from, Instant.now()).toMillis() / 1000.0);
    }
}
