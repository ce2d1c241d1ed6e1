package org.clientele.customers;

import java.time.Duration;
import java.time.Instant;

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

    /** @return whether there is more to do */
    @Transactional
    public boolean next(long id, int chunkSize) {
        store.lock(id);
        ImportView run = store.find(id).orElse(null);
        if (run == null || !run.status().working()) {
            return false;
        }
        boolean more = run.status() == ImportStatus.UNDOING ? undo.chunk(run, chunkSize) : contacts.chunk(run, chunkSize);
        if (!more) {
            ImportStatus finished = switch (run.status()) {
                case CHECKING -> ImportStatus.CHECKED;
                case UNDOING -> ImportStatus.UNDONE;
                default -> ImportStatus.DONE;
            };
            store.finish(id, finished);
            rowsAhead.forget(id);
            log.info("Import {} {}: {} rows in {} ms", id, finished, run.rowsDone(),
                    run.startedAt() == null ? 0 : Duration.between(run.startedAt(), Instant.now()).toMillis());
        }
        return more;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(long id, String failure) {
        store.fail(id, failure);
    }
}
