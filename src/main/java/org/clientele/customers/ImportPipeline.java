package org.clientele.customers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.clientele.platform.DatabaseVendor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs an import chunk after chunk. The chunks of an import proper are written two at a time on
 * PostgreSQL ({@code clientele.imports.writers}), each in its own transaction on its own connection, so that the database, which does
 * most of the work, uses two cores: a chunk starts as soon as the one before it knows its rows, and
 * commits only after that one has committed (see {@link ImportRunner#next}), so the checkpoint
 * still moves chunk by chunk in file order. Dry runs, undos and MySQL/MariaDB (whose repeatable
 * reads would keep a chunk from seeing what the one before committed) go one chunk at a time. When
 * a chunk written alongside another fails (the two may also have locked each other out, which the
 * database ends as a deadlock), the chunks after it roll back with it and the next chunk is written
 * alone, failing as before if it fails again.
 */
@Component
class ImportPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

    private final ImportRunner runner;
    private final ImportStore store;
    private final ApplicationEventPublisher events;
    private final int writers;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "import-writer-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    ImportPipeline(ImportRunner runner, ImportStore store, ApplicationEventPublisher events, DatabaseVendor vendor,
            @Value("${clientele.imports.writers:2}") int writers) {
        this.runner = runner;
        this.store = store;
        this.events = events;
        this.writers = vendor == DatabaseVendor.POSTGRESQL ? Math.max(1, writers) : 1;
    }

    /**
     * Runs the import's chunks until none is left or {@code stopping} says so, then after the chunks at hand.
     *
     * @return whether the run is over
     */
    boolean run(long id, int chunkSize, BooleanSupplier stopping) {
        while (!stopping.getAsBoolean()) {
            boolean alone = writers == 1 || store.find(id).map(run -> run.status() != ImportStatus.IMPORTING).orElse(true);
            Outcome outcome = alone ? Outcome.NEXT_ALONE : together(id, chunkSize, stopping);
            if (outcome == Outcome.NEXT_ALONE) {
                boolean more = runner.next(id, chunkSize, null, start -> { });
                events.publishEvent(new ImportChunkDone(id, more));
                outcome = more ? Outcome.MORE : Outcome.DONE;
            }
            if (outcome == Outcome.DONE) {
                return true;
            }
        }
        return false;
    }

    /** Where a run stands: more to do, nothing left, or the next chunk to be written alone (after a failure, or one at a time). */
    private enum Outcome {
        MORE, DONE, NEXT_ALONE
    }

    /** Writes chunks {@link #writers} at a time until the end, a stop or a failure. */
    private Outcome together(long id, int chunkSize, BooleanSupplier stopping) {
        Deque<Future<Boolean>> writing = new ArrayDeque<>();
        CompletableFuture<ImportChunkStart> next = null;
        Outcome outcome = Outcome.MORE;
        while (true) {
            boolean going = outcome == Outcome.MORE;
            boolean ending = !going || stopping.getAsBoolean();
            if (writing.size() == writers || ending && !writing.isEmpty()) {
                Outcome written = outcome(id, writing.poll(), going);
                if (going) {
                    outcome = written;
                    if (written != Outcome.NEXT_ALONE) {
                        events.publishEvent(new ImportChunkDone(id, written == Outcome.MORE));
                    }
                }
                continue;
            }
            if (ending) {
                return outcome;
            }
            CompletableFuture<ImportChunkStart> previous = next;
            CompletableFuture<ImportChunkStart> planned = new CompletableFuture<>();
            writing.add(pool.submit(() -> write(id, chunkSize, previous, planned)));
            next = planned;
        }
    }

    /**
     * Writes the chunk after the one that plans {@code previous} (null: the first, from the
     * checkpoint), once that one knows where it starts; nothing if that one has no chunk after it.
     */
    private boolean write(long id, int chunkSize, CompletableFuture<ImportChunkStart> previous,
            CompletableFuture<ImportChunkStart> planned) {
        try {
            ImportChunkStart start = previous == null ? null : previous.join();
            if (previous != null && start == null) {
                planned.complete(null);
                return false;
            }
            return runner.next(id, chunkSize, start, planned::complete);
        }
        finally {
            planned.completeExceptionally(new IllegalStateException("The chunk before ended without knowing where the next one starts"));
        }
    }

    /**
     * What a chunk wrote.
     *
     * @param report whether to log a failure: not those of the chunks that fail with the one before them
     */
    private static Outcome outcome(long id, Future<Boolean> chunk, boolean report) {
        try {
            return chunk.get() ? Outcome.MORE : Outcome.DONE;
        }
        catch (ExecutionException ex) {
            if (report) {
                log.info("A chunk of import {} written alongside another failed; writing the next chunk alone", id, ex.getCause());
            }
            return Outcome.NEXT_ALONE;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while import " + id + " was written", ex);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
