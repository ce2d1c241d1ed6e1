package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.clientele.customers.ImportManagement.Importer;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two chunks of an import written at once, as {@link ImportPipeline} writes them on PostgreSQL,
 * with the first one held open: the second commits only after the first has committed, rolls back
 * if the first does, and a row of it that needs what the first writes (its e-mail address, a
 * company it creates) waits for the first to end and then finds what it wrote.
 */
@ClienteleTest
class ImportChunkOrderTests {

    private static final int CHUNK = 100;
    private static final List<String> HEADER = List.of("First Name", "Last Name", "Email", "Company");

    @Autowired
    ImportManagement imports;

    @Autowired
    ImportStore store;

    @Autowired
    ImportRunner runner;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    @TempDir
    Path directory;

    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @AfterEach
    void stop() {
        releaseFirst.countDown();
        threads.shutdownNow();
    }

    @Test
    void theChunkAfterCommitsOnlyOnceTheChunkBeforeHasCommitted() throws Exception {
        String tag = ApiCalls.unique();
        long id = staged(tag, 2 * CHUNK, i -> List.of("P" + i, tag, "p" + i + "@" + tag + ".example", ""));

        TwoChunks chunks = secondWaitingForFirst(id, false);

        assertThat(linesDone(id)).as("nothing committed while the first chunk is open").isZero();
        assertThat(contacts(tag)).isZero();

        releaseFirst.countDown();
        chunks.first().get(1, TimeUnit.MINUTES);
        assertThat(chunks.second().get(1, TimeUnit.MINUTES)).isTrue();
        assertThat(linesDone(id)).isEqualTo(2 * CHUNK + 1);
        assertThat(contacts(tag)).isEqualTo(2 * CHUNK);
        assertThat(jdbc.sql("select count(distinct line) from customer_import_items where import_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(2 * CHUNK);
    }

    @Test
    void theChunkAfterRollsBackWhenTheChunkBeforeDoesAndTheImportGoesOnFromTheCheckpoint() throws Exception {
        String tag = ApiCalls.unique();
        long id = staged(tag, 2 * CHUNK, i -> List.of("P" + i, tag, "p" + i + "@" + tag + ".example", ""));

        TwoChunks chunks = secondWaitingForFirst(id, true);
        releaseFirst.countDown();
        chunks.first().get(1, TimeUnit.MINUTES);

        assertThatThrownBy(() -> chunks.second().get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(linesDone(id)).isZero();
        assertThat(contacts(tag)).isZero();
        assertThat(jdbc.sql("select count(*) from customer_import_rows where import_id = ?").param(id).query(Long.class).single())
                .as("every staged row is still to do").isEqualTo(2 * CHUNK);

        while (runner.next(id, CHUNK, null, start -> { })) {
            // the rest, one chunk at a time
        }
        assertThat(contacts(tag)).isEqualTo(2 * CHUNK);
        assertThat(jdbc.sql("select count(distinct email) from contacts where last_name = ?").param(tag).query(Long.class).single())
                .isEqualTo(2 * CHUNK);
    }

    @Test
    void aFirstRowRepeatingAnAddressOfTheChunkBeforeWaitsForItAndMatchesItsContact() throws Exception {
        String tag = ApiCalls.unique();
        long id = staged(tag, 2 * CHUNK, i -> List.of("P" + i, tag, "p" + (i == CHUNK ? 0 : i) + "@" + tag + ".example", ""));

        writeBothChunks(id);

        assertThat(store.find(id).orElseThrow()).satisfies(run -> {
            assertThat(run.rowsDone()).isEqualTo(2 * CHUNK);
            assertThat(run.skipped()).as("the row repeating the first chunk's address matched its contact").isEqualTo(1);
            assertThat(run.created()).isEqualTo(2 * CHUNK - 1);
        });
        assertThat(jdbc.sql("select count(*) from contacts where email = ?").param("p0@" + tag + ".example").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aFirstRowNamingACompanyTheChunkBeforeCreatesWaitsForItAndWorksThere() throws Exception {
        String tag = ApiCalls.unique();
        String company = "Shared " + tag;
        long id = staged(tag, 2 * CHUNK, i -> List.of("P" + i, tag, "p" + i + "@" + tag + ".example", company));

        writeBothChunks(id);

        assertThat(contacts(tag)).isEqualTo(2 * CHUNK);
        assertThat(jdbc.sql("select count(*) from companies where name = ?").param(company).query(Long.class).single())
                .as("one company for the rows of both chunks").isEqualTo(1);
        assertThat(jdbc.sql("select count(distinct company_id) from contacts where last_name = ?").param(tag).query(Long.class).single())
                .isEqualTo(1);
    }

    /** The first chunk held open until the second waits for it, then both committed. */
    private void writeBothChunks(long id) throws Exception {
        TwoChunks chunks = secondWaitingForFirst(id, false);
        releaseFirst.countDown();
        chunks.first().get(1, TimeUnit.MINUTES);
        assertThat(chunks.second().get(1, TimeUnit.MINUTES)).isTrue();
        assertThat(linesDone(id)).isEqualTo(2 * CHUNK + 1);
    }

    /** The first chunk, held open until released, and the second, written meanwhile until it waits for the first. */
    private TwoChunks secondWaitingForFirst(long id, boolean rollBackFirst) {
        CompletableFuture<ImportChunkStart> second = new CompletableFuture<>();
        Future<?> first = firstChunkHeldOpen(id, second, rollBackFirst);
        Future<Boolean> after = threads.submit(() -> runner.next(id, CHUNK, second.get(), start -> { }));
        awaitWaiting(after);
        return new TwoChunks(first, after);
    }

    private record TwoChunks(Future<?> first, Future<Boolean> second) {
    }

    @Test
    void theChunkBeforeMovesTheCheckpointWhileTheChunkAfterHasWrittenItsItemsAndWaitsForIt() throws Exception {
        String tag = ApiCalls.unique();
        // Last names of their own, so that the chunk after adds no search word the chunk before adds and gets as far as its items.
        long id = staged(tag, 2 * CHUNK, i -> List.of("P" + i, tag + "n" + i, "p" + i + "@" + tag + ".example", ""));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch releaseImport = new CountDownLatch(1);
        Future<?> holding = threads.submit(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("select id from customer_imports where id = ? for no key update").param(id).query(Long.class).single();
            held.countDown();
            try {
                releaseImport.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }));
        held.await();

        CompletableFuture<ImportChunkStart> second = new CompletableFuture<>();
        Future<Boolean> first = threads.submit(() -> runner.next(id, CHUNK, null, second::complete));
        Future<Boolean> after = threads.submit(() -> runner.next(id, CHUNK, second.get(), start -> { }));
        await().atMost(Duration.ofMinutes(1)).until(() -> waitingLocks() >= 2 || first.isDone() || after.isDone());
        assertThat(first).as("the chunk before waits to move the checkpoint").isNotDone();
        assertThat(after).as("the chunk after waits for the chunk before").isNotDone();

        releaseImport.countDown();
        holding.get(1, TimeUnit.MINUTES);
        assertThat(first.get(1, TimeUnit.MINUTES)).isTrue();
        assertThat(after.get(1, TimeUnit.MINUTES)).isTrue();
        assertThat(linesDone(id)).isEqualTo(2 * CHUNK + 1);
        assertThat(jdbc.sql("select count(*) from contacts where last_name like ?").param(tag + "n%").query(Long.class).single())
                .isEqualTo(2 * CHUNK);
    }

    /** The first chunk of the import in a transaction that stays open until released, then commits or rolls back. */
    private Future<?> firstChunkHeldOpen(long id, CompletableFuture<ImportChunkStart> second, boolean rollBack) {
        return threads.submit(() -> transactions.executeWithoutResult(status -> {
            runner.next(id, CHUNK, null, second::complete);
            try {
                releaseFirst.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            if (rollBack) {
                status.setRollbackOnly();
            }
        }));
    }

    /** Waits until the chunk is blocked by a lock the first chunk holds. */
    private void awaitWaiting(Future<?> chunk) {
        await().atMost(Duration.ofMinutes(1)).until(() -> chunk.isDone() || waitingLocks() > 0);
        assertThat(chunk).as("waiting for the chunk before").isNotDone();
    }

    private long waitingLocks() {
        return jdbc.sql("""
                select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid
                where not l.granted and a.datname = current_database()""").query(Long.class).single();
    }

    private long staged(String tag, int rows, IntFunction<List<String>> row) {
        Path file = ImportFiles.csv(directory, tag + ".csv", StandardCharsets.UTF_8, ',', HEADER, rows, row);
        Importer importer = new Importer(setup.firstAdministratorId().orElseThrow(), true, Locale.ENGLISH);
        ImportView uploaded = imports.upload(importer, tag + ".csv", file);
        transactions.executeWithoutResult(status -> store.start(uploaded.id(), uploaded.mapping(), ImportOnMatch.SKIP,
                ImportStatus.IMPORTING));
        return uploaded.id();
    }

    private int linesDone(long id) {
        return store.linesDone(id);
    }

    private long contacts(String tag) {
        return jdbc.sql("select count(*) from contacts where last_name = ?").param(tag).query(Long.class).single();
    }
}
