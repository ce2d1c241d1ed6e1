package org.clientele.customers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.clientele.shared.InvalidInputException;

/**
 * Reads an uploaded file row by row without holding it: CSV (see {@link CsvRows}) or XLSX (see
 * {@link XlsxRows}), told apart by their content, since a ZIP archive starts with "PK".
 */
final class ImportFileReader {

    static final String CSV = "csv";
    static final String XLSX = "xlsx";

    private ImportFileReader() {
    }

    /** Each row with its number in the file (the first is 1), as the user's spreadsheet shows it. */
    interface Rows {
        void row(int line, List<String> cells);
    }

    static String typeOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4 ? XLSX : CSV;
        }
    }

    static void read(Path file, String type, Rows rows) throws IOException {
        try {
            if (XLSX.equals(type)) {
                XlsxRows.read(file, rows);
            }
            else {
                CsvRows.read(file, rows);
            }
        }
        catch (IllegalStateException | IllegalArgumentException | UnsupportedOperationException ex) {
            throw InvalidInputException.of("file", "validation.imports.file-unreadable");
        }
    }
}
