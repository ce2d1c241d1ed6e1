package org.clientele.customers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import org.clientele.customers.ImportStore.StagedRow;
import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Prepares an import's next chunk on a thread and connection of its own while the chunk before it
 * is written, so that the job's own work and the database's overlap instead of adding up: reads
 * and checks the staged rows, looks up the existing contacts their e-mail addresses match, and
 * takes ids for the contacts it may create from the identity's sequence (PostgreSQL). What was
 * prepared ahead is used only if the next chunk starts exactly where it was read from, with the
 * same mapping, owner, team and kind of run; otherwise (a chunk that ended early, a failed one,
 * another node, a restart) the chunk prepares itself in its own transaction. Reading the rows
 * outside the chunk's transaction gives the same rows: the staged rows after the checkpoint do not
 * change while an import runs, only those of committed chunks are deleted. The look-up may run
 * before the chunk being written commits, so the addresses that chunk writes are returned as
 * unsure, for the next chunk to look up again in its own transaction.
 */
@Component
class ImportRowsAhead implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportRowsAhead.class);

    private final ImportStore store;
    private final ContactMatching matching;
    private final RecordVisibility visibility;
    private final ContactImportWriter writer;
    private final TransactionOperations transactions;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-rows-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Ahead> ahead = new ConcurrentHashMap<>();

    ImportRowsAhead(ImportStore store, ContactMatching matching, RecordVisibility visibility, ContactImportWriter writer,
            TransactionOperations transactions) {
        this.store = store;
        this.matching = matching;
        this.visibility = visibility;
        this.writer = writer;
        this.transactions = transactions;
    }

    /** The chunk starting after the line: as prepared ahead for it if it was, else prepared now, in the caller's transaction. */
    ChunkRows after(ImportView run, int line, int size, Long teamId) {
        Place place = place(run, line, size, teamId);
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
        return prepare(run.id(), place, Set.of());
    }

    /**
     * Starts preparing the chunk that will start after the line.
     *
     * @param writing the e-mail addresses the chunk being written may add, whose look-up the next chunk repeats
     */
    void readAhead(ImportView run, int line, int size, Long teamId, Set<String> writing) {
        forget(run.id());
        Place place = place(run, line, size, teamId);
        Set<String> unsure = Set.copyOf(writing);
        try {
            ahead.put(run.id(), new Ahead(place, reader.submit(() -> transactions.execute(status -> prepare(run.id(), place, unsure)))));
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

    private ChunkRows prepare(long importId, Place place, Set<String> unsure) {
        List<CheckedRow> rows = store.rowsAfter(importId, place.line(), place.size()).stream()
                .map(row -> new CheckedRow(row, ContactImportRow.read(row.line(), row.cells(), place.mapping(), place.ownerId(),
                        place.teamId())))
                .toList();
        Set<String> emails = new LinkedHashSet<>();
        rows.stream().map(CheckedRow::read).filter(ContactImportRow::valid)
                .forEach(row -> row.form().emails().stream().findFirst().ifPresent(emails::add));
        Viewer importer = visibility.viewerOf(place.ownerId());
        Map<String, Long> matches = matching.byEmail(emails, importer);
        int unmatched = (int) rows.stream().map(CheckedRow::read).filter(ContactImportRow::valid)
                .filter(row -> row.form().emails().isEmpty() || !matches.containsKey(row.form().emails().get(0))).count();
        List<Long> ids = place.creates() ? writer.reserveIds(unmatched) : List.of();
        return new ChunkRows(rows, importer, matches, ids, unsure);
    }

    private static Place place(ImportView run, int line, int size, Long teamId) {
        return new Place(line, size, run.mapping(), run.userId(), teamId, run.status() == ImportStatus.IMPORTING);
    }

    /** A staged row and what it reads as. */
    record CheckedRow(StagedRow staged, ContactImportRow read) {
    }

    /**
     * A chunk's rows and what was looked up for them.
     *
     * @param importer who imports, as record visibility sees them
     * @param matches the id of the visible contact each matched e-mail address belongs to
     * @param ids ids taken for the contacts the chunk creates, in order; fewer than needed (none on MySQL and MariaDB) when
     *        the database is to give them
     * @param unsure e-mail addresses written since the look-up may have been made, to be looked up again
     */
    record ChunkRows(List<CheckedRow> rows, Viewer importer, Map<String, Long> matches, List<Long> ids, Set<String> unsure) {
    }

    private record Place(int line, int size, List<ImportField> mapping, long ownerId, Long teamId, boolean creates) {
    }

    private record Ahead(Place place, Future<ChunkRows> rows) {
    }
}
