package org.clientele.customers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.clientele.customers.ImportStore.ChunkCounts;
import org.clientele.customers.ImportStore.ChunkProgress;
import org.clientele.customers.ImportStore.ImportItem;
import org.clientele.customers.ImportStore.RowError;
import org.clientele.customers.ImportRowsAhead.CheckedRow;
import org.clientele.customers.ImportRowsAhead.ChunkRows;
import org.clientele.customers.ImportStore.StagedRow;
import org.clientele.identity.Viewer;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports one chunk of contact rows, or checks it in a dry run that writes no record: refused rows
 * become errors, rows matching a contact (see {@link ContactMatching}) are skipped or update it,
 * the others are created. A chunk ends before a row whose e-mail address an earlier row of the
 * chunk already has, so that the later row finds the contact the earlier one created; and, while
 * the chunk before it may not have committed yet, before a row whose e-mail address that chunk
 * writes or whose company it may create.
 */
@Component
class ContactImporter {

    static final String RECORD_TYPE = "contact";
    static final String COMPANY_RECORD_TYPE = "company";

    private final ImportStore store;
    private final ContactMatching matching;
    private final ImportCompanies companies;
    private final ContactImportWriter writer;
    private final Contacts contacts;
    private final SearchWords searchWords;
    private final Ownership ownership;
    private final MessageSource messages;
    private final ImportRowsAhead rowsAhead;

    ContactImporter(ImportStore store, ContactMatching matching, ImportCompanies companies, ContactImportWriter writer,
            Contacts contacts, SearchWords searchWords, Ownership ownership, MessageSource messages,
            ImportRowsAhead rowsAhead) {
        this.store = store;
        this.rowsAhead = rowsAhead;
        this.matching = matching;
        this.companies = companies;
        this.writer = writer;
        this.contacts = contacts;
        this.searchWords = searchWords;
        this.ownership = ownership;
        this.messages = messages;
    }

    /**
     * Reads, checks and writes the chunk starting where {@code start} says, up to its checkpoint,
     * which the caller moves once the chunk before has committed. As soon as the chunk's rows are
     * known, tells {@code planned} where the chunk after it starts (null: there is none), so that it
     * can be written meanwhile.
     *
     * @return what to add to the import's progress; null when no rows are left
     */
    ChunkProgress chunk(ImportView run, int size, ImportChunkStart start, Consumer<ImportChunkStart> planned) {
        boolean dryRun = run.status() == ImportStatus.CHECKING;
        Long team = ownership.defaultTeamOf(run.userId());
        ChunkRows chunk = rowsAhead.after(run, start.after(), size, team);
        if (chunk.rows().isEmpty()) {
            planned.accept(null);
            return null;
        }
        Locale locale = Locale.forLanguageTag(store.locale(run.id()));
        Viewer importer = chunk.importer();
        List<ContactImportRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> emailsInChunk = new HashSet<>();
        boolean previousEnded = false;
        for (CheckedRow row : chunk.rows()) {
            ContactImportRow read = row.read();
            String email = read.valid() ? Company.first(read.form().emails()) : null;
            String company = read.valid() && read.companyName() != null ? ImportCompanies.key(read.companyName()) : null;
            boolean dependent = !previousEnded && start.dependsOnPrevious(email, company);
            if (!rows.isEmpty() && (dependent || email != null && emailsInChunk.contains(email))) {
                break;
            }
            if (dependent) {
                // The first row needs what the chunk before writes: this chunk goes on once that one has ended.
                store.lockStagedRow(run.id(), start.previousFirstLine());
                previousEnded = true;
            }
            if (email != null) {
                emailsInChunk.add(email);
            }
            rows.add(read);
            read.problems().forEach(problem -> errors.add(error(run, row.staged(), problem, locale)));
        }
        Set<String> emails = new LinkedHashSet<>();
        Set<String> writing = new HashSet<>();
        Set<String> companyNames = new LinkedHashSet<>();
        rows.stream().filter(ContactImportRow::valid).forEach(row -> {
            row.form().emails().stream().findFirst().ifPresent(emails::add);
            writing.addAll(row.form().emails());
            if (row.companyName() != null) {
                companyNames.add(ImportCompanies.key(row.companyName()));
            }
        });
        Map<String, Long> companyIds = dryRun ? Map.of() : companies.existing(companyNames, importer);
        Set<String> creating = new HashSet<>(companyNames);
        creating.removeAll(companyIds.keySet());
        int firstLine = rows.get(0).line();
        int lastLine = rows.get(rows.size() - 1).line();
        store.lockStagedRow(run.id(), firstLine);
        Set<String> unsure = new HashSet<>(writing);
        unsure.addAll(start.emails());
        rowsAhead.readAhead(run, lastLine, size, team, unsure);
        planned.accept(new ImportChunkStart(lastLine, firstLine, writing, creating));
        Map<String, Long> matches = matches(chunk, emails, start);
        Map<String, Long> newCompanyIds = new HashMap<>();
        List<ImportItem> companyItems = new ArrayList<>();
        List<ContactForm> created = new ArrayList<>();
        List<Integer> createdLines = new ArrayList<>();
        List<ImportItem> items = new ArrayList<>();
        int updated = 0;
        int skipped = 0;
        for (ContactImportRow row : rows) {
            if (!row.valid()) {
                continue;
            }
            Long match = row.form().emails().isEmpty() ? null : matches.get(row.form().emails().get(0));
            if (match != null && run.onMatch() == ImportOnMatch.SKIP) {
                skipped++;
                continue;
            }
            if (dryRun) {
                if (match != null) {
                    updated++;
                }
                else {
                    created.add(row.form());
                }
                continue;
            }
            Long companyId = null;
            if (row.companyName() != null) {
                String key = ImportCompanies.key(row.companyName());
                companyId = companyIds.get(key);
                if (companyId == null) {
                    companyId = newCompanyIds.computeIfAbsent(key, name -> {
                        long id = companies.create(row.companyName(), run.userId(), team);
                        companyItems.add(new ImportItem(row.line(), id, ImportItem.CREATED));
                        return id;
                    });
                }
            }
            if (match != null) {
                if (update(match, row.form(), companyId)) {
                    updated++;
                    items.add(new ImportItem(row.line(), match, ImportItem.UPDATED));
                }
                else {
                    skipped++;
                }
            }
            else {
                created.add(atCompany(row.form(), companyId));
                createdLines.add(row.line());
            }
        }
        if (!dryRun) {
            List<Long> ids = writer.insert(created, run.userId(), chunk.ids());
            for (int i = 0; i < ids.size(); i++) {
                items.add(new ImportItem(createdLines.get(i), ids.get(i), ImportItem.CREATED));
            }
            store.items(run.id(), RECORD_TYPE, items);
            store.items(run.id(), COMPANY_RECORD_TYPE, companyItems);
        }
        store.errors(run.id(), errors);
        int refused = (int) rows.stream().filter(row -> !row.valid()).count();
        return new ChunkProgress(lastLine, new ChunkCounts(rows.size(), created.size(), updated, skipped, refused), !dryRun);
    }

    /**
     * The matches looked up with the chunk's rows, those of addresses written since looked up again
     * (also those the chunk before writes, which a first row of this chunk may have waited for).
     */
    private Map<String, Long> matches(ChunkRows chunk, Set<String> emails, ImportChunkStart start) {
        Map<String, Long> matches = new HashMap<>(chunk.matches());
        Set<String> unsure = new HashSet<>(chunk.unsure());
        unsure.addAll(start.emails());
        Set<String> again = new LinkedHashSet<>(emails);
        again.retainAll(unsure);
        if (!again.isEmpty()) {
            matches.keySet().removeAll(again);
            matches.putAll(matching.byEmail(again, chunk.importer()));
        }
        return matches;
    }

    /**
     * Takes the row's non-blank fields over into the contact: names, title, birthday and address
     * parts replace, e-mail addresses and phone numbers are added after those it has.
     *
     * @return whether anything changed
     */
    private boolean update(long id, ContactForm imported, Long companyId) {
        Contact contact = contacts.findById(id).orElseThrow();
        ContactForm current = contact.toView(null).toForm();
        List<String> emails = new ArrayList<>(current.emails());
        imported.emails().stream().filter(email -> !emails.contains(email)).forEach(emails::add);
        List<String> phones = new ArrayList<>(current.phones());
        imported.phones().stream().filter(phone -> !phones.contains(phone)).forEach(phones::add);
        Address was = current.address();
        Address address = new Address(or(imported.address().street(), was.street()),
                or(imported.address().postalCode(), was.postalCode()), or(imported.address().city(), was.city()),
                or(imported.address().region(), was.region()), or(imported.address().country(), was.country()));
        ContactForm merged = new ContactForm(or(imported.firstName(), current.firstName()), or(imported.lastName(), current.lastName()),
                or(imported.title(), current.title()), companyId == null ? current.companyId() : companyId,
                emails.subList(0, Math.min(emails.size(), ContactDetails.MAX_ENTRIES)),
                phones.subList(0, Math.min(phones.size(), ContactDetails.MAX_ENTRIES)),
                or(imported.birthday(), current.birthday()), address, current.ownerId(), current.teamId(), current.coOwnerIds());
        if (merged.equals(current)) {
            return false;
        }
        contact.apply(merged);
        searchWords.index(SearchWords.CONTACT, id, Objects.toString(merged.firstName(), "") + " " + Objects.toString(merged.lastName(), ""),
                Company.first(merged.phones()));
        return true;
    }

    private RowError error(ImportView run, StagedRow row, FieldProblem problem, Locale locale) {
        ImportField field = ContactImportRow.fieldOf(problem.field());
        String column = null;
        if (field != null && run.mapping() != null) {
            int index = run.mapping().indexOf(field);
            column = index < 0 || index >= run.headers().size() ? null : run.headers().get(index);
        }
        String reason = messages.getMessage(problem.messageCode(), problem.arguments(), problem.messageCode(), locale);
        return new RowError(row.line(), column, reason, row.cells());
    }

    private static ContactForm atCompany(ContactForm form, Long companyId) {
        return new ContactForm(form.firstName(), form.lastName(), form.title(), companyId, form.emails(), form.phones(),
                form.birthday(), form.address(), form.ownerId(), form.teamId(), form.coOwnerIds());
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }
}
