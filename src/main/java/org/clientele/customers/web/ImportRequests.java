package org.clientele.customers.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.ImportField;
import org.clientele.customers.ImportManagement;
import org.clientele.customers.ImportManagement.Importer;
import org.clientele.customers.ImportOnMatch;
import org.clientele.customers.ImportView;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.web.multipart.MultipartFile;

/** What the import page and API share: who imports, the uploaded file, and the mapping and choice read from a request. */
final class ImportRequests {

    static final String ADMINISTRATOR = "users:admin";

    private ImportRequests() {
    }

    static Importer importer(Authentication authentication) {
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        boolean administrator = authentication.getAuthorities().stream().anyMatch(a -> ADMINISTRATOR.equals(a.getAuthority()));
        return new Importer(user.userId(), administrator, LocaleContextHolder.getLocale());
    }

    /** Stores the upload in a temporary file, which the import reads row by row, and removes it afterwards. */
    static ImportView upload(ImportManagement imports, Importer importer, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "validation.imports.file-empty");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile("clientele-import", ".upload");
            file.transferTo(temporary);
            return imports.upload(importer, file.getOriginalFilename(), temporary);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                }
                catch (IOException ex) {
                    temporary.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * The mapping of each column: the field key chosen for its header, an empty key to ignore it,
     * or the current (guessed) field for a header not named.
     */
    static List<ImportField> mapping(ImportView view, Map<String, String> chosen) {
        List<ImportField> mapping = new ArrayList<>();
        for (int i = 0; i < view.headers().size(); i++) {
            String header = view.headers().get(i);
            ImportField current = view.mapping() == null || i >= view.mapping().size() ? null : view.mapping().get(i);
            if (chosen == null || !chosen.containsKey(header)) {
                mapping.add(current);
                continue;
            }
            String key = chosen.get(header);
            if (key == null || key.isBlank()) {
                mapping.add(null);
            }
            else {
                mapping.add(ImportField.byKey(key.strip())
                        .orElseThrow(() -> InvalidInputException.of("mapping", "validation.imports.field-unknown", key)));
            }
        }
        return mapping;
    }

    /** The refused rows of an import as a CSV download. */
    static void sendErrors(ImportManagement imports, Importer importer, long id, HttpServletResponse response) throws IOException {
        imports.find(importer, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.writeErrors(importer, id, out);
        out.flush();
    }

    static ImportOnMatch onMatch(String value) {
        if (value == null || value.isBlank()) {
            return ImportOnMatch.SKIP;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "skip" -> ImportOnMatch.SKIP;
            case "update" -> ImportOnMatch.UPDATE;
            default -> throw InvalidInputException.of("onMatch", "validation.imports.on-match");
        };
    }
}
