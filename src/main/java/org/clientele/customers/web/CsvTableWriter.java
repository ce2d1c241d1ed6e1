package org.clientele.customers.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as RFC 4180 describes it, in UTF-8 with a byte order mark (without it spreadsheets guess
 * another encoding and garble accents). Text a spreadsheet would take for a formula is
 * neutralised, see {@link SpreadsheetText}.
 */
final class CsvTableWriter implements TableWriter {

    private final Writer writer;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        printer.printRecord(cells.stream().map(SpreadsheetText::neutralised).toList());
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
