package org.clientele.customers;

import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules put entries on a customer's timeline: e-mails sent and received, deal stage
 * changes, quotes, invoices, payments. Recording is idempotent on the source: the same module and
 * reference recorded twice keep one entry, so an event handled again adds nothing. Recording acts
 * for the system, not for a signed-in user, so it checks that the subject exists but not who may
 * see it; whoever later reads the timeline sees the entry exactly when they see the subject.
 */
@Service
public class Timeline {

    private final TimelineEntries entries;
    private final TimelineKinds kinds;
    private final SubjectAccesses subjects;

    Timeline(TimelineEntries entries, TimelineKinds kinds, SubjectAccesses subjects) {
        this.entries = entries;
        this.kinds = kinds;
        this.subjects = subjects;
    }

    /**
     * Records an entry, or finds the one recorded before from the same source.
     *
     * @return the entry's id
     * @throws RecordNotFoundException if the subject does not exist
     * @throws InvalidInputException if the kind is not registered or a field is missing or too long
     */
    @Transactional
    public long record(TimelineEntryDraft draft) {
        if (kinds.find(draft.kind()).isEmpty()) {
            throw InvalidInputException.of("kind", "validation.timeline.kind-unknown");
        }
        TimelineEntryDraft checked = TimelineChecks.recorded(draft);
        return entries.findBySourceModuleAndSourceReference(checked.sourceModule(), checked.sourceReference())
                .map(TimelineEntry::getId)
                .orElseGet(() -> {
                    if (!subjects.of(checked.subject().type()).exists(checked.subject().id())) {
                        throw new RecordNotFoundException(checked.subject().type(), checked.subject().id());
                    }
                    return entries.save(new TimelineEntry(checked)).getId();
                });
    }
}
