package org.clientele.customers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clientele.customers.ImportStore.StagedRow;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of contacts from CSV and XLSX files (decision 9): upload (the file is read once, row by
 * row, into the database), mapping of columns to fields, a dry run, the import and its undo, each
 * run by {@link ImportJob} in the background. Users see their own imports; administrators all.
 */
@Service
public class ImportManagement {

    public static final String CONTACTS = "contacts";
    static final String RECORD_TYPE = "Import";
    private static final int STAGED_BATCH = 10_000;
    private static final int LISTED = 100;

    private final ImportStore store;
    private final TransactionTemplate transactions;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> task;

    ImportManagement(ImportStore store, TransactionTemplate transactions, SchedulerClient scheduler, CustomTask<Void> customerImportTask) {
        this.store = store;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.task = customerImportTask;
    }

    /** The person an import is for: they see their own imports; administrators see everyone's. */
    public record Importer(long userId, boolean administrator, Locale locale) {
    }

    /**
     * Reads the file into the database and guesses the mapping from its header row. Nothing is
     * imported until {@link #start} is called.
     *
     * @throws InvalidInputException if the file cannot be read or has no header row
     */
    public ImportView upload(Importer importer, String fileName, Path file) {
        String type;
        try {
            type = ImportFileReader.typeOf(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        String name = fileName == null || fileName.isBlank() ? "import." + type : fileName.strip();
        long id = store.create(CONTACTS, name.length() > 255 ? name.substring(name.length() - 255) : name, type,
                importer.userId(), importer.locale().toLanguageTag());
        try {
            Staging staging = new Staging(id);
            ImportFileReader.read(file, type, staging::row);
            staging.flush();
            if (staging.headers == null) {
                throw InvalidInputException.of("file", "validation.imports.file-empty");
            }
            store.uploaded(id, staging.headers, ImportHeaders.guess(staging.headers), staging.total);
            return store.find(id).orElseThrow();
        }
        catch (IOException ex) {
            store.delete(id);
            throw new UncheckedIOException(ex);
        }
        catch (RuntimeException ex) {
            store.delete(id);
            throw ex;
        }
    }

    /**
     * Starts a dry run or the import itself in the background with the given mapping.
     *
     * @param mapping the field of each column, {@code null} to ignore it
     * @throws InvalidInputException if a field that takes one column is mapped twice, or no name is mapped
     * @throws ConflictException if the import is running or already done
     */
    public ImportView start(Importer importer, long id, List<ImportField> mapping, ImportOnMatch onMatch, boolean dryRun) {
        ImportView current = find(importer, id);
        if (!current.status().plannable()) {
            throw new ConflictException("imports.not-plannable", List.of());
        }
        checkMapping(mapping, current.headers().size());
        transactions.executeWithoutResult(status -> store.start(id, mapping, onMatch == null ? ImportOnMatch.SKIP : onMatch,
                dryRun ? ImportStatus.CHECKING : ImportStatus.IMPORTING));
        schedule(id);
        return store.find(id).orElseThrow();
    }

    /**
     * Removes what the import created, in the background.
     *
     * @throws ConflictException unless the import is done
     */
    public ImportView undo(Importer importer, long id) {
        ImportView current = find(importer, id);
        if (current.status() != ImportStatus.DONE) {
            throw new ConflictException("imports.not-undoable", List.of());
        }
        transactions.executeWithoutResult(status -> store.startUndo(id));
        schedule(id);
        return store.find(id).orElseThrow();
    }

    /** @throws RecordNotFoundException if there is no such import or it is someone else's and the importer no administrator */
    public ImportView find(Importer importer, long id) {
        return store.find(id).filter(view -> importer.administrator() || view.userId() == importer.userId())
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** The newest imports first: the importer's own, or everyone's for an administrator. */
    public List<ImportView> list(Importer importer) {
        return store.list(importer.administrator() ? null : importer.userId(), LISTED);
    }

    /** Writes the refused rows as CSV: line, column, reason, then the row's original cells. */
    public void writeErrors(Importer importer, long id, Writer out) throws IOException {
        ImportView view = find(importer, id);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>(List.of("line", "column", "reason"));
        header.addAll(view.headers());
        printer.printRecord(header);
        try {
            store.eachError(id, error -> {
                List<String> record = new ArrayList<>(List.of(String.valueOf(error.line()), error.column() == null ? "" : error.column(),
                        error.reason()));
                record.addAll(error.cells());
                try {
                    printer.printRecord(record);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        printer.flush();
    }

    /** The fields a column can be mapped to. */
    public static List<ImportField> fields() {
        return List.of(ImportField.values());
    }

    private void schedule(long id) {
        scheduler.scheduleIfNotExists(ImportJob.instance(task, id), Instant.now());
    }

    private static void checkMapping(List<ImportField> mapping, int columns) {
        if (mapping == null || mapping.size() != columns) {
            throw InvalidInputException.of("mapping", "validation.imports.mapping-columns", columns);
        }
        Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
        for (ImportField field : mapping) {
            if (field != null && !field.repeatable() && !seen.add(field)) {
                throw InvalidInputException.of("mapping", "validation.imports.mapping-twice", field.key());
            }
        }
        if (!seen.contains(ImportField.FIRST_NAME) && !seen.contains(ImportField.LAST_NAME) && !seen.contains(ImportField.FULL_NAME)) {
            throw InvalidInputException.of("mapping", "validation.imports.mapping-name");
        }
    }

    /** Stages rows in batches of their own transactions; the first non-blank row is the header row. */
    private final class Staging {

        private final long id;
        private final List<StagedRow> batch = new ArrayList<>();
        private List<String> headers;
        private int total;

        Staging(long id) {
            this.id = id;
        }

        void row(int line, List<String> cells) {
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            if (headers == null) {
                headers = cells.stream().map(cell -> cell == null ? "" : cell.strip()).toList();
                return;
            }
            batch.add(new StagedRow(line, cells));
            total++;
            if (batch.size() >= STAGED_BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                transactions.executeWithoutResult(status -> store.stage(id, batch));
                batch.clear();
            }
        }
    }
}
