package org.clientele.customers.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a table row by row straight to an output stream, never holding more than a few rows. */
interface TableWriter extends AutoCloseable {

    void row(List<String> cells) throws IOException;

    /** Writes what is left and lets go of the resources; does not close the output stream. */
    @Override
    void close() throws IOException;

    static TableWriter of(ExportFormat format, OutputStream out) throws IOException {
        return format == ExportFormat.XLSX ? new XlsxTableWriter(out) : new CsvTableWriter(out);
    }
}
