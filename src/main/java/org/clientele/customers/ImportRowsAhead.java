package org.clientele.customers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import org.clientele.customers.ImportStore.StagedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the staged rows of an import's next chunk on a thread of its own while the
 * chunk before it is written, so that the job's own work and the database's overlap instead of
 * adding up. Rows read ahead are used only if the next chunk starts exactly where they were read
 * from, with the same mapping, owner and team; otherwise (a chunk that ended early, a failed one,
 * another node, a restart) the chunk reads its rows itself. Reading them outside the chunk's
 * transaction gives the same rows: the staged rows after the checkpoint do not change while an
 * import runs, only those of committed chunks are deleted.
 */
@Component
class ImportRowsAhead implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportRowsAhead.class);

    private final ImportStore store;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-rows-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Ahead> ahead = new ConcurrentHashMap<>();

    ImportRowsAhead(ImportStore store) {
        this.store = store;
    }

    /** The checked rows after the line, in file order: those read ahead for it if there are, else read now. */
    List<CheckedRow> after(ImportView run, int line, int size, Long teamId) {
        Place place = new Place(line, size, run.mapping(), run.userId(), teamId);
        Ahead next = ahead.remove(run.id());
        if (next != null && next.place().equals(place)) {
            try {
                return next.rows().get();
            }
            catch (ExecutionException ex) {
                log.warn("Reading ahead the rows of import {} after line {} failed; reading them again", run.id(), line, ex.getCause());
            }
            catch (CancellationException ex) {
                log.debug("Reading ahead the rows of import {} after line {} was stopped; reading them now", run.id(), line);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the rows of import " + run.id(), ex);
            }
        }
        else if (next != null) {
            next.rows().cancel(false);
        }
        return read(run.id(), place);
    }

    /** Starts reading and checking the rows after the line, for the chunk that will start there. */
    void readAhead(ImportView run, int line, int size, Long teamId) {
        forget(run.id());
        Place place = new Place(line, size, run.mapping(), run.userId(), teamId);
        try {
            ahead.put(run.id(), new Ahead(place, reader.submit(() -> read(run.id(), place))));
        }
        catch (RejectedExecutionException ex) {
            log.debug("Not reading ahead the rows of import {}: shutting down", run.id());
        }
    }

    /** Drops what was read ahead for an import whose run has ended. */
    void forget(long importId) {
        Ahead previous = ahead.remove(importId);
        if (previous != null) {
            previous.rows().cancel(false);
        }
    }

    @Override
    public void close() {
        // A read that never started would otherwise keep a chunk waiting for it.
        reader.shutdownNow().forEach(task -> ((Future<?>) task).cancel(false));
    }

    private List<CheckedRow> read(long importId, Place place) {
        return store.rowsAfter(importId, place.line(), place.size()).stream()
                .map(row -> new CheckedRow(row, ContactImportRow.read(row.line(), row.cells(), place.mapping(), place.ownerId(),
                        place.teamId())))
                .toList();
    }

    /** A staged row and what it reads as. */
    record CheckedRow(StagedRow staged, ContactImportRow read) {
    }

    private record Place(int line, int size, List<ImportField> mapping, long ownerId, Long teamId) {
    }

    private record Ahead(Place place, Future<List<CheckedRow>> rows) {
    }
}
