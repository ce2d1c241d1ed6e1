package org.clientele.customers.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.ReferenceDataManagement;
import org.clientele.customers.ReferenceEntry;
import org.clientele.customers.ReferenceKind;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Industries, company types and lead sources: one short list each, read by everyone, kept by administrators. */
@RestController
@Tag(name = "Reference data", description = "Industries, company types and lead sources, for everyone or for one team")
class ReferenceDataApiController {

    private static final String PREFIX = "/api/v1/";

    private final ReferenceDataManagement referenceData;

    ReferenceDataApiController(ReferenceDataManagement referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping({PREFIX + "industries", PREFIX + "company-types", PREFIX + "lead-sources"})
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "The entries of a list",
            description = "In list order. Without all: the active entries for everyone and for your teams, which forms offer. "
                    + "all=true: every entry, inactive ones and those of other teams too.")
    EntryPageJson list(HttpServletRequest request, @RequestParam(required = false) @Parameter(description = "true for every entry")
            Boolean all) {
        ReferenceKind kind = kindOf(request);
        List<ReferenceEntry> entries = Boolean.TRUE.equals(all) ? referenceData.all(kind) : referenceData.offered(kind);
        return new EntryPageJson(entries.stream().map(EntryJson::of).toList(), null);
    }

    @PostMapping(path = {PREFIX + "industries", PREFIX + "company-types", PREFIX + "lead-sources"}, consumes = "application/json")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Add an entry at the end of a list",
            description = "Body {\"name\", \"teamId\"?}: name is required and unique in its team ignoring case; no teamId "
                    + "means for everyone.")
    @ResponseStatus(HttpStatus.CREATED)
    EntryJson create(HttpServletRequest request, @RequestBody JsonNode body, HttpServletResponse response) {
        ReferenceKind kind = kindOf(request);
        JsonFields json = JsonFields.of(body).rejectUnknown(Set.of("name", "teamId"), Set.of("id", "position", "active"));
        String name = json.text("name", null);
        Long teamId = json.id("teamId", null);
        json.throwIfAny();
        ReferenceEntry created = referenceData.create(kind, name, teamId);
        return Created.at(response, PREFIX + kind.slug() + "/" + created.id(), EntryJson.of(created));
    }

    @PatchMapping(path = {PREFIX + "industries/{id}", PREFIX + "company-types/{id}", PREFIX + "lead-sources/{id}"},
            consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Rename, reorder or (de)activate an entry",
            description = "Members name, position (lower first) and active; records keep using a deactivated entry.")
    EntryJson change(HttpServletRequest request, @PathVariable long id, @RequestBody JsonNode patch) {
        ReferenceKind kind = kindOf(request);
        ReferenceEntry current = referenceData.find(kind, id).orElseThrow(() -> new RecordNotFoundException(kind.slug(), id));
        JsonFields json = JsonFields.of(patch).rejectUnknown(Set.of("name", "position", "active"), Set.of("id", "teamId"));
        String name = json.text("name", current.name());
        int position = json.integer("position", current.position());
        boolean active = json.bool("active", current.active());
        json.throwIfAny();
        return EntryJson.of(referenceData.change(kind, id, name, active, position));
    }

    private static ReferenceKind kindOf(HttpServletRequest request) {
        String rest = request.getRequestURI().substring(request.getRequestURI().indexOf(PREFIX) + PREFIX.length());
        int slash = rest.indexOf('/');
        return ReferenceKind.ofSlug(slash < 0 ? rest : rest.substring(0, slash));
    }

    record EntryPageJson(List<EntryJson> data, String next) {
    }

    record EntryJson(String id, String name, String teamId, int position, boolean active) {

        static EntryJson of(ReferenceEntry entry) {
            return new EntryJson(Long.toString(entry.id()), entry.name(), Ids.of(entry.teamId()), entry.position(), entry.active());
        }
    }
}
