package org.clientele.platform;

import java.time.Instant;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a {@link BulkDataContributor} writes with: the planned counts, a repeatable random source,
 * fast table writers, and the ids other modules generated before it.
 */
public interface BulkData {

    /**
     * How many records of a kind to generate, such as {@code contacts}.
     *
     * @throws IllegalArgumentException for a kind the plan does not know
     */
    int count(String kind);

    /** A random source of its own for each name, the same on every run. */
    SplittableRandom random(String name);

    /** The moment the generation started; generated times lie before it. */
    Instant now();

    DatabaseVendor vendor();

    /** For the few reads a contributor needs, such as reference data the migrations created. */
    JdbcClient jdbc();

    /**
     * A writer that appends rows to a table, committed in large batches (COPY on PostgreSQL,
     * multi-row inserts on MySQL and MariaDB). Values may be {@code null}, strings, numbers,
     * booleans, enums, {@link java.time.LocalDate} and {@link Instant}. When the columns include
     * {@code id}, the table's identity continues after the highest id once generation ends.
     */
    BulkTable table(String table, String... columns);

    /**
     * Like {@link #table}, for a table several contributors append to: they all write through one
     * writer, which the generation closes after the last contributor, so that the table is loaded
     * in one go (MariaDB builds the indexes of a table loaded empty in one transaction by sorting).
     * Closing what this returns does nothing; the rows are not readable before the generation ends.
     *
     * @throws IllegalArgumentException when an earlier contributor named other columns
     */
    BulkTable sharedTable(String table, String... columns);

    /** The first id not taken in a table, for contributors that give ids themselves. */
    long nextId(String table);

    /** Makes values, usually ids, available to later contributors under a key. */
    void share(String key, long[] values);

    /**
     * The values an earlier contributor shared.
     *
     * @throws IllegalStateException when nothing was shared under the key
     */
    long[] shared(String key);
}
