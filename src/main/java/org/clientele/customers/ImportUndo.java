package org.clientele.customers;

import java.util.ArrayList;
import java.util.List;

import org.clientele.customers.ImportStore.ImportItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Undoes an import chunk by chunk: removes the contacts it created, with their timelines, further
 * e-mail addresses, phone numbers, search words and phone suffixes, even if someone changed them
 * since; then the companies it created, unless people still work there (those are kept and
 * counted). Updates are not rolled back (decision 9).
 */
@Component
class ImportUndo {

    private final ImportStore store;
    private final JdbcClient jdbc;
    private final TimelineEntries timelineEntries;
    private final SearchWords searchWords;
    private final ContactImportWriter writer;

    ImportUndo(ImportStore store, JdbcClient jdbc, TimelineEntries timelineEntries, SearchWords searchWords,
            ContactImportWriter writer) {
        this.store = store;
        this.jdbc = jdbc;
        this.timelineEntries = timelineEntries;
        this.searchWords = searchWords;
        this.writer = writer;
    }

    /** @return whether anything is left to undo */
    boolean chunk(ImportView run, int size) {
        List<ImportItem> contacts = store.createdItems(run.id(), ContactImporter.RECORD_TYPE, size);
        if (!contacts.isEmpty()) {
            List<Long> ids = contacts.stream().map(ImportItem::recordId).toList();
            String in = String.join(", ", ids.stream().map(id -> "?").toList());
            List<Long> existing = jdbc.sql("select id from contacts where id in (" + in + ")").params(List.copyOf(ids))
                    .query(Long.class).list();
            List<Object> subjects = new ArrayList<>();
            subjects.add(TimelineSubject.CONTACT);
            subjects.addAll(ids);
            jdbc.sql("select distinct subject_id from timeline_entries where subject_type = ? and subject_id in (" + in + ")")
                    .params(subjects).query(Long.class).list()
                    .forEach(id -> timelineEntries.deleteAll(timelineEntries.findBySubjectTypeAndSubjectId(TimelineSubject.CONTACT, id)));
            timelineEntries.flush();
            searchWords.remove(SearchWords.CONTACT, existing);
            if (!existing.isEmpty()) {
                jdbc.sql("delete from contacts where id in (" + in + ")").params(List.copyOf(ids)).update();
                writer.auditDeleted(existing, run.userId());
            }
            store.forgetItems(run.id(), ContactImporter.RECORD_TYPE, contacts);
            store.undoProgress(run.id(), existing.size(), 0);
            return true;
        }
        List<ImportItem> companies = store.createdItems(run.id(), ContactImporter.COMPANY_RECORD_TYPE, size);
        if (companies.isEmpty()) {
            return false;
        }
        int undone = 0;
        for (ImportItem company : companies) {
            timelineEntries.deleteAll(timelineEntries.findBySubjectTypeAndSubjectId(TimelineSubject.COMPANY, company.recordId()));
            timelineEntries.flush();
            int removed = jdbc.sql("delete from companies where id = ? and not exists (select 1 from contacts where company_id = ?)")
                    .params(company.recordId(), company.recordId()).update();
            if (removed > 0) {
                searchWords.remove(SearchWords.COMPANY, company.recordId());
            }
            undone += removed;
        }
        store.forgetItems(run.id(), ContactImporter.COMPANY_RECORD_TYPE, companies);
        store.undoProgress(run.id(), undone, companies.size() - undone);
        return true;
    }
}
