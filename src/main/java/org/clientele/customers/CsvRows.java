package org.clientele.customers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV file: UTF-8 with or without byte order mark, else Windows-1252 (what spreadsheet
 * programs on Windows write); the delimiter (comma, semicolon or tab) is the one that splits the
 * first lines most evenly.
 */
final class CsvRows {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int SNIFFED_LINES = 20;

    private CsvRows() {
    }

    static void read(Path file, ImportFileReader.Rows rows) throws IOException {
        boolean bom = startsWithBom(file);
        Charset charset = bom || isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char delimiter;
        try (BufferedReader reader = open(file, charset, bom)) {
            delimiter = delimiter(reader);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (Reader reader = open(file, charset, bom); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                rows.row((int) record.getRecordNumber(), cells);
            }
        }
    }

    private static BufferedReader open(Path file, Charset charset, boolean bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (bom) {
            in.skipNBytes(3);
        }
        return new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        }
    }

    /** Reads the whole file once, strictly: a single malformed byte sequence means it is not UTF-8. */
    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // only decoding matters
            }
            return true;
        }
        catch (CharacterCodingException ex) {
            return false;
        }
    }

    /** The delimiter found in the header line that keeps the same count in most of the following lines. */
    static char delimiter(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while (lines.size() < SNIFFED_LINES && (line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        char best = ',';
        long bestScore = -1;
        for (char candidate : DELIMITERS) {
            int inHeader = lines.isEmpty() ? 0 : count(lines.get(0), candidate);
            if (inHeader == 0) {
                continue;
            }
            long alike = lines.stream().filter(l -> count(l, candidate) == inHeader).count();
            long score = alike * 1000 + inHeader;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int count(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
