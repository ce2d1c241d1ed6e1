package org.clientele.customers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Files for import tests, written row by row to a directory. */
final class ImportFiles {

    private ImportFiles() {
    }

    /** A CSV file: the header row, then {@code rows} rows made by {@code row} (numbered from 0). */
    static Path csv(Path directory, String name, Charset charset, char delimiter, List<String> header, int rows,
            IntFunction<List<String>> row) {
        Path file = directory.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, charset)) {
            out.write(line(header, delimiter));
            for (int i = 0; i < rows; i++) {
                out.write(line(row.apply(i), delimiter));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return file;
    }

    /** An XLSX workbook written by POI's streaming writer. */
    static Path xlsx(Path directory, String name, List<String> header, int rows, IntFunction<List<String>> row) {
        Path file = directory.resolve(name);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Contacts");
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows; i++) {
                write(sheet.createRow(i + 1), row.apply(i));
            }
            workbook.write(out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return file;
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
    }

    private static String line(List<String> cells, char delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            boolean quote = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n");
            line.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return line.append("\r\n").toString();
    }
}
