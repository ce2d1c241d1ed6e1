package org.clientele.customers;

import java.time.Instant;
import java.util.List;

/**
 * One import as its pages and the API show it.
 *
 * @param headers the file's header row
 * @param mapping the field of each column ({@code null} to ignore it), as guessed or chosen
 * @param totalRows data rows in the file (the header row not counted)
 * @param rowsDone rows the current run (dry run, import or undo) has gone through
 * @param undone records an undo removed; {@code kept} those it left (see decision 9)
 */
public record ImportView(long id, String target, String fileName, String fileType, List<String> headers,
        List<ImportField> mapping, ImportOnMatch onMatch, ImportStatus status, long userId, int totalRows, int rowsDone,
        int created, int updated, int skipped, int errors, int undone, int kept, String failure, Instant createdAt,
        Instant startedAt, Instant finishedAt) {

    /** How far the current run is, 0 to 100. */
    public int percent() {
        if (status == ImportStatus.UNDOING) {
            return created == 0 ? 100 : Math.min(100, (undone + kept) * 100 / created);
        }
        return totalRows == 0 ? 100 : Math.min(100, rowsDone * 100 / totalRows);
    }

    /** Whether the last finished run was a dry run, so its counts say what an import would do. */
    public boolean dryRun() {
        return status == ImportStatus.CHECKING || status == ImportStatus.CHECKED;
    }
}
