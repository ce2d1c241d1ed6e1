package org.clientele.customers.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.ImportField;
import org.clientele.customers.ImportManagement;
import org.clientele.customers.ImportManagement.Importer;
import org.clientele.customers.ImportView;
import org.clientele.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Contacts imported from CSV or XLSX files in the background: dry run, progress, errors, undo")
class ImportApiController {

    private final ImportManagement imports;
    private final JsonMapper json;

    ImportApiController(ImportManagement imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Upload a file and import it",
            description = "file: CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX (first sheet); the first row holds "
                    + "the headers. mapping: a JSON object from header to field key (or null to ignore the column); headers "
                    + "left out keep the guessed field. onMatch: skip (default) or update a contact with the same e-mail "
                    + "address. mode: import (default) starts the import, dry-run checks every row and writes nothing, upload "
                    + "only reads the file and guesses the mapping. Answers 202; follow the Location to see progress.")
    ResponseEntity<ImportJson> upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) @Parameter(description = "contacts (the only target so far)") String target,
            @RequestParam(required = false) String mapping, @RequestParam(required = false) String onMatch,
            @RequestParam(required = false) @Parameter(description = "import, dry-run or upload") String mode,
            Authentication authentication) {
        if (target != null && !ImportManagement.CONTACTS.equals(target)) {
            throw InvalidInputException.of("target", "validation.imports.target");
        }
        String chosenMode = mode == null ? "import" : mode;
        if (!List.of("import", "dry-run", "upload").contains(chosenMode)) {
            throw InvalidInputException.of("mode", "validation.imports.mode");
        }
        Map<String, String> chosen = mapping == null ? null : parse(mapping);
        Importer importer = ImportRequests.importer(authentication);
        ImportView view = ImportRequests.upload(imports, importer, file);
        if (!chosenMode.equals("upload")) {
            view = imports.start(importer, view.id(), ImportRequests.mapping(view, chosen), ImportRequests.onMatch(onMatch),
                    chosenMode.equals("dry-run"));
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + view.id())).body(ImportJson.of(view));
    }

    @PostMapping(path = "/{id}/start", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Start a dry run or the import of an uploaded file",
            description = "Body: {\"mapping\": {header: field}, \"onMatch\": \"skip\"|\"update\", \"dryRun\": true|false}. "
                    + "409 while it runs or once it is done.")
    ResponseEntity<ImportJson> start(@PathVariable long id, @RequestBody(required = false) JsonNode body, Authentication authentication) {
        Importer importer = ImportRequests.importer(authentication);
        ImportView view = imports.find(importer, id);
        Map<String, String> chosen = body == null || !body.has("mapping") ? null : mappingOf(body.get("mapping"));
        String onMatch = body == null || !body.hasNonNull("onMatch") ? null : body.get("onMatch").asString();
        boolean dryRun = body != null && body.path("dryRun").asBoolean(false);
        view = imports.start(importer, id, ImportRequests.mapping(view, chosen), ImportRequests.onMatch(onMatch), dryRun);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id)).body(ImportJson.of(view));
    }

    @PostMapping("/{id}/undo")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Undo an import", description = "Removes, in the background, the contacts and companies the import "
            + "created (also if changed since; companies where people still work stay). Updates are not rolled back. 409 "
            + "unless the import is done.")
    ResponseEntity<ImportJson> undo(@PathVariable long id, Authentication authentication) {
        ImportView view = imports.undo(ImportRequests.importer(authentication), id);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id)).body(ImportJson.of(view));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Your imports, newest first", description = "Administrators see everyone's. At most the 100 newest.")
    ImportPageJson list(Authentication authentication) {
        return new ImportPageJson(imports.list(ImportRequests.importer(authentication)).stream().map(ImportJson::of).toList(), null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "One import with its progress and counts", description = "404 for someone else's import unless you are an administrator.")
    ImportJson get(@PathVariable long id, Authentication authentication) {
        return ImportJson.of(imports.find(ImportRequests.importer(authentication), id));
    }

    @GetMapping(path = "/{id}/errors", produces = "text/csv")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "The refused rows as CSV", description = "line, column, reason, then the row's original cells.")
    void errors(@PathVariable long id, Authentication authentication, HttpServletResponse response) throws IOException {
        ImportRequests.sendErrors(imports, ImportRequests.importer(authentication), id, response);
    }

    private Map<String, String> parse(String mapping) {
        try {
            return mappingOf(json.readTree(mapping));
        }
        catch (JacksonException ex) {
            throw InvalidInputException.of("mapping", "validation.imports.mapping-json");
        }
    }

    private static Map<String, String> mappingOf(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw InvalidInputException.of("mapping", "validation.imports.mapping-json");
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        node.properties().forEach(entry -> mapping.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asString()));
        return mapping;
    }

    record ImportPageJson(List<ImportJson> data, String next) {
    }

    record ColumnJson(String header, String field) {
    }

    record ImportJson(String id, String target, String fileName, String fileType, String status, String onMatch, boolean dryRun,
            String userId, List<ColumnJson> columns, int totalRows, int rowsDone, int percent, int created, int updated,
            int skipped, int errors, int undone, int kept, String failure, Instant createdAt, Instant startedAt,
            Instant finishedAt) {

        static ImportJson of(ImportView view) {
            List<ColumnJson> columns = new java.util.ArrayList<>();
            for (int i = 0; i < view.headers().size(); i++) {
                ImportField field = view.mapping() == null || i >= view.mapping().size() ? null : view.mapping().get(i);
                columns.add(new ColumnJson(view.headers().get(i), field == null ? null : field.key()));
            }
            return new ImportJson(String.valueOf(view.id()), view.target(), view.fileName(), view.fileType(),
                    view.status().name().toLowerCase(java.util.Locale.ROOT), view.onMatch().name().toLowerCase(java.util.Locale.ROOT),
                    view.dryRun(), String.valueOf(view.userId()), columns, view.totalRows(), view.rowsDone(), view.percent(),
                    view.created(), view.updated(), view.skipped(), view.errors(), view.undone(), view.kept(), view.failure(),
                    view.createdAt(), view.startedAt(), view.finishedAt());
        }
    }
}
