package org.clientele.customers.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientele.customers.MergeChoices;
import org.clientele.customers.MergeManagement;
import org.clientele.customers.MergeSide;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Merging", description = "Two companies or two contacts become one; every link moves to the survivor")
class MergeApiController {

    private static final Set<String> FIELDS = Set.of("survivorId", "mergedId", "fields");
    private static final String DESCRIPTION = "fields names, per field, the side whose value stays: SURVIVOR (the default) or "
            + "MERGED. Further e-mail addresses, phone numbers and co-owners of both are kept; the owner not kept becomes a "
            + "co-owner. Timeline entries and converted leads (and a company's contacts) move to the survivor, the merged record is deleted and the survivor's "
            + "timeline records the merge, all in one transaction. 404 if either record does not exist or you may not see it; "
            + "422 for the same id twice or an unknown field.";

    private final MergeManagement merges;
    private final CustomerJsonViews views;

    MergeApiController(MergeManagement merges, CustomerJsonViews views) {
        this.merges = merges;
        this.views = views;
    }

    @PostMapping(path = "/companies/merge", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Merge one company into another", description = DESCRIPTION + " Answers the survivor. Fields: name, alternativeNames, "
            + "website, email (the main address), phone (the main number), address, registrationNumber, typeId, sourceId, description, ownerId, "
            + "teamId; the industries of both are kept. ")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MergeInput.class)))
    CompanyApiController.CompanyJson mergeCompanies(@RequestBody JsonNode body) {
        return views.company(merges.mergeCompanies(choices(body)));
    }

    @PostMapping(path = "/contacts/merge", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Merge one contact into another", description = DESCRIPTION + " Answers the survivor. Fields: firstName, lastName, title, "
            + "companyId, email (the main address), phone (the main number), birthday, address, ownerId, teamId. ")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MergeInput.class)))
    ContactApiController.ContactJson mergeContacts(@RequestBody JsonNode body) {
        return views.contact(merges.mergeContacts(choices(body)));
    }

    private static MergeChoices choices(JsonNode body) {
        JsonFields json = JsonFields.of(body).rejectUnknown(FIELDS, Set.of());
        Long survivorId = json.id("survivorId", null);
        Long mergedId = json.id("mergedId", null);
        JsonFields fields = json.object("fields");
        Map<String, MergeSide> sides = new LinkedHashMap<>();
        for (String name : fields.names()) {
            MergeSide side = fields.constant(name, MergeSide.class, MergeSide.SURVIVOR);
            sides.put(name, side == null ? MergeSide.SURVIVOR : side);
        }
        if (survivorId == null) {
            json.required("survivorId");
        }
        if (mergedId == null) {
            json.required("mergedId");
        }
        json.throwIfAny();
        return new MergeChoices(survivorId, mergedId, sides);
    }

    /** What a merge takes. */
    record MergeInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String survivorId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String mergedId,
            @Schema(description = "field name → SURVIVOR or MERGED", example = "{\"website\": \"MERGED\"}") Map<String, MergeSide> fields) {
    }
}
