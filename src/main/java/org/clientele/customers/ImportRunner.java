package org.clientele.customers;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.clientele.customers.ImportStore.Checkpoint;
import org.clientele.customers.ImportStore.ChunkProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Runs the next chunk of an import in one transaction, whichever kind of run it is in. */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportStore store;
    private final ContactImporter contacts;
    private final ImportUndo undo;
    private final ImportRowsAhead rowsAhead;

    ImportRunner(ImportStore store, ContactImporter contacts, ImportUndo undo, ImportRowsAhead rowsAhead) {
        this.store = store;
        this.contacts = contacts;
        this.undo = undo;
        this.rowsAhead = rowsAhead;
    }

    /**
     * Runs the chunk of an import that starts where {@code start} says (null: at the checkpoint). A
     * chunk of contacts commits only where the chunk before it left the checkpoint, waiting for it
     * to end if it is being written at the same time; the chunk fails if that one did not commit or
     * the run stopped meanwhile, which also keeps two runs of one import from both writing a chunk.
     *
     * @param planned told where the chunk after this one starts, as soon as that is known (null: there is none)
     * @return whether there is more to do
     */
    @Transactional
    public boolean next(long id, int chunkSize, ImportChunkStart start, Consumer<ImportChunkStart> planned) {
        ImportView run = store.find(id).orElse(null);
        if (run == null || !run.status().working()) {
            planned.accept(null);
            return false;
        }
        if (run.status() == ImportStatus.UNDOING) {
            planned.accept(null);
            store.lock(id);
            return undo.chunk(run, chunkSize) || finish(run);
        }
        ImportChunkStart from = start == null ? ImportChunkStart.at(store.linesDone(id)) : start;
        ChunkProgress progress = contacts.chunk(run, chunkSize, from, planned);
        takeTurn(run, from);
        if (progress == null) {
            return finish(run);
        }
        store.progress(id, progress.lastLine(), progress.counts(), progress.forgetRows());
        return true;
    }

    private void takeTurn(ImportView run, ImportChunkStart start) {
        if (start.previousFirstLine() != null) {
            store.lockStagedRow(run.id(), start.previousFirstLine());
        }
        Checkpoint checkpoint = store.lockCheckpoint(run.id());
        if (checkpoint.status() != run.status() || checkpoint.linesDone() != start.after()) {
            throw new IllegalStateException("Import " + run.id() + " is " + checkpoint.status() + " at line " + checkpoint.linesDone()
                    + ", not " + run.status() + " at line " + start.after() + " where this chunk starts; it is rolled back");
        }
    }

    private boolean finish(ImportView run) {
        ImportStatus finished = switch (run.status()) {
            case CHECKING -> ImportStatus.CHECKED;
            case UNDOING -> ImportStatus.UNDONE;
            default -> ImportStatus.DONE;
        };
        store.finish(run.id(), finished);
        rowsAhead.forget(run.id());
        log.info("Import {} {}: {} rows in {} ms", run.id(), finished, run.rowsDone(),
                run.startedAt() == null ? 0 : Duration.between(run.startedAt(), Instant.now()).toMillis());
        return false;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(long id, String failure) {
        store.fail(id, failure);
    }
}
