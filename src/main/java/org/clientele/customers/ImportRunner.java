package org.clientele.customers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Runs the next chunk of an import in one transaction, whichever kind of run it is in. */
@Component
class ImportRunner {

    private final ImportStore store;
    private final ContactImporter contacts;
    private final ImportUndo undo;

    ImportRunner(ImportStore store, ContactImporter contacts, ImportUndo undo) {
        this.store = store;
        this.contacts = contacts;
        this.undo = undo;
    }

    /** @return whether there is more to do */
    @Transactional
    public boolean next(long id, int chunkSize) {
        ImportView run = store.find(id).orElse(null);
        if (run == null || !run.status().working()) {
            return false;
        }
        boolean more = run.status() == ImportStatus.UNDOING ? undo.chunk(run, chunkSize) : contacts.chunk(run, chunkSize);
        if (!more) {
            store.finish(id, switch (run.status()) {
                case CHECKING -> ImportStatus.CHECKED;
                case UNDOING -> ImportStatus.UNDONE;
                default -> ImportStatus.DONE;
            });
        }
        return more;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(long id, String failure) {
        store.fail(id, failure);
    }
}
