package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guessing fields from the headers of common exports, and reading CSV in its encodings and delimiters. */
class ImportHeadersTests {

    @TempDir
    Path directory;

    @Test
    void googleContactsHeaders() {
        assertThat(ImportHeaders.guess(List.of("Name", "Given Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value",
                "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Name", "Organization 1 - Title",
                "Address 1 - City", "Address 1 - Country", "Birthday")))
                .containsExactly(ImportField.FULL_NAME, ImportField.FIRST_NAME, ImportField.LAST_NAME, null, ImportField.EMAIL,
                        ImportField.EMAIL, null, ImportField.PHONE, ImportField.COMPANY, ImportField.TITLE, ImportField.CITY,
                        ImportField.COUNTRY, ImportField.BIRTHDAY);
    }

    @Test
    void outlookHeaders() {
        assertThat(ImportHeaders.guess(List.of("First Name", "Middle Name", "Last Name", "Company", "Job Title", "Business Street",
                "Business City", "Business Postal Code", "Business Country/Region", "Business Phone", "Mobile Phone",
                "E-mail Address", "E-mail 2 Address")))
                .containsExactly(ImportField.FIRST_NAME, null, ImportField.LAST_NAME, ImportField.COMPANY, ImportField.TITLE,
                        ImportField.STREET, ImportField.CITY, ImportField.POSTAL_CODE, ImportField.COUNTRY, ImportField.PHONE,
                        ImportField.PHONE, ImportField.EMAIL, ImportField.EMAIL);
    }

    @Test
    void crmExportsAndOtherLanguages() {
        assertThat(ImportHeaders.guess(List.of("Email", "Phone Number", "Company Name", "Account Name", "Zip")))
                .as("a field that takes one column goes to the first that looks like it")
                .containsExactly(ImportField.EMAIL, ImportField.PHONE, ImportField.COMPANY, null, ImportField.POSTAL_CODE);
        assertThat(ImportHeaders.guess(List.of("Vorname", "Nachname", "Firma", "E-Mail-Adresse", "Straße", "PLZ", "Ort", "Land")))
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.COMPANY, ImportField.EMAIL,
                        ImportField.STREET, ImportField.POSTAL_CODE, ImportField.CITY, ImportField.COUNTRY);
        assertThat(ImportHeaders.guess(List.of("Nombre", "Apellidos", "Empresa", "Correo electrónico", "Teléfono", "Código postal",
                "País", "Notas")))
                .containsExactly(ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.COMPANY, ImportField.EMAIL,
                        ImportField.PHONE, ImportField.POSTAL_CODE, ImportField.COUNTRY, null);
    }

    @Test
    void delimitersAreSniffedOutsideQuotes() throws IOException {
        assertThat(CsvRows.delimiter(reader("a;b;c\n\"x, y\";2;3\n"))).isEqualTo(';');
        assertThat(CsvRows.delimiter(reader("a\tb\n1\t2\n"))).isEqualTo('\t');
        assertThat(CsvRows.delimiter(reader("name,city\n\"Smith; John\",Berlin\n"))).isEqualTo(',');
    }

    @Test
    void utf8WithByteOrderMarkAndWindows1252AreRead() throws IOException {
        Path bom = directory.resolve("bom.csv");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Nachname;Ort\nMüller;Köln\n".getBytes(StandardCharsets.UTF_8)));
        Path windows = directory.resolve("windows.csv");
        Files.write(windows, "Nachname,Ort\r\nMüller,Köln\r\n".getBytes(CsvRows.WINDOWS_1252));

        assertThat(rows(bom)).containsExactly(List.of("Nachname", "Ort"), List.of("Müller", "Köln"));
        assertThat(rows(windows)).containsExactly(List.of("Nachname", "Ort"), List.of("Müller", "Köln"));
    }

    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        CsvRows.read(file, (line, cells) -> rows.add(cells));
        return rows;
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
