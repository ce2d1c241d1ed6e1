package org.clientele.customers.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.CompanyFilter;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.ContactCards;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.CustomerExports;
import org.clientele.customers.LeadFilter;
import org.clientele.customers.LeadManagement;
import org.clientele.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes exported lists straight into the response as the rows arrive from the database: CSV or
 * XLSX with headings in the reader's language, or vCards. Everything that can be refused (the
 * sort, the format) is checked before the first byte, so a refusal is still a clean error.
 */
@Component
class ListExports {

    private final CustomerExports exports;
    private final PageChoices choices;
    private final MessageSource messages;

    ListExports(CustomerExports exports, PageChoices choices, MessageSource messages) {
        this.exports = exports;
        this.choices = choices;
        this.messages = messages;
    }

    void companies(CompanyFilter filter, String sort, ExportFormat format, Locale locale, HttpServletResponse response)
            throws IOException {
        String checked = sort(sort, CompanyManagement.sorts(), CompanyManagement.defaultSort());
        table(format, locale, response, "companies", ExportColumn.COMPANIES,
                rows -> exports.companies(filter, checked, format.extension(), rows));
    }

    void contacts(ContactFilter filter, String sort, ExportFormat format, VCardVersion version, Locale locale,
            HttpServletResponse response) throws IOException {
        String checked = sort(sort, ContactManagement.sorts(), ContactManagement.defaultSort());
        if (format == ExportFormat.VCF) {
            start(response, "contacts", format);
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            VCardWriter writer = new VCardWriter(out, version);
            exports.contactCards(filter, checked, format.extension() + " " + version.getVersion(),
                    contact -> unchecked(() -> writer.write(ContactCards.card(contact))));
            writer.flush();
            return;
        }
        table(format, locale, response, "contacts", ExportColumn.CONTACTS,
                rows -> exports.contacts(filter, checked, format.extension(), rows));
    }

    void leads(LeadFilter filter, String sort, ExportFormat format, Locale locale, HttpServletResponse response)
            throws IOException {
        String checked = sort(sort, LeadManagement.sorts(), LeadManagement.defaultSort());
        table(format, locale, response, "leads", ExportColumn.LEADS,
                rows -> exports.leads(filter, checked, format.extension(), rows));
    }

    /** {@code 3.0} or {@code 4.0} (the default). */
    static VCardVersion version(String version) {
        if (version == null || version.isBlank() || version.strip().equals("4.0") || version.strip().equals("4")) {
            return VCardVersion.V4_0;
        }
        if (version.strip().equals("3.0") || version.strip().equals("3")) {
            return VCardVersion.V3_0;
        }
        throw InvalidInputException.of("version", "validation.vcard.version-unknown");
    }

    static void start(HttpServletResponse response, String records, ExportFormat format) {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(records + "-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension(), StandardCharsets.UTF_8)
                .build().toString());
    }

    private <T> void table(ExportFormat format, Locale locale, HttpServletResponse response, String records,
            List<ExportColumn<T>> columns, Export<T> export) throws IOException {
        ExportNames names = new ExportNames(choices.allUsers(), choices.teamNames(), messages, locale);
        start(response, records, format);
        try (TableWriter table = TableWriter.of(format, response.getOutputStream())) {
            table.row(columns.stream().map(column -> names.message(column.headingKey())).toList());
            export.run(row -> unchecked(() -> table.row(columns.stream()
                    .map(column -> text(column.value().apply(row, names))).toList())));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String sort(String sort, List<String> sorts, String defaultSort) {
        if (sort == null || sort.isBlank()) {
            return defaultSort;
        }
        if (!sorts.contains(sort)) {
            throw InvalidInputException.of("sort", "validation.sort.unknown", String.join(", ", sorts));
        }
        return sort;
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private interface Export<T> {
        void run(Consumer<T> rows);
    }
}
