package org.clientele.customers.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.Address;
import org.clientele.customers.LeadConversion;
import org.clientele.customers.LeadFilter;
import org.clientele.customers.LeadForm;
import org.clientele.customers.LeadManagement;
import org.clientele.customers.LeadStatus;
import org.clientele.customers.LeadSummary;
import org.clientele.customers.LeadView;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TagView;
import org.clientele.customers.TaggedType;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.Ids;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads", description = "Prospects that are not customers yet: qualify, disqualify, reopen and convert them")
class LeadApiController {

    static final Set<String> FIELDS = Set.of("firstName", "lastName", "title", "email", "phone", "companyName", "website",
            "companyEmail", "companyPhone", "address", "sourceId", "industryId", "description", "ownerId", "teamId", "coOwnerIds",
            "version");
    static final Set<String> READ_ONLY = Set.of("tags", "id", "status", "disqualifyReason", "convertedCompanyId", "convertedContactId",
            "convertedAt", "convertedBy", "createdAt", "updatedAt", "createdBy");

    private final LeadManagement leads;
    private final TagManagement tags;

    LeadApiController(LeadManagement leads, TagManagement tags) {
        this.leads = leads;
        this.tags = tags;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "List the leads you may see",
            description = "Pages by keyset: pass `next` as `cursor`. sort: name (last name, then first; the company name for "
                    + "leads without a person), -name, createdAt, -createdAt. q matches every word in the person's name, or "
                    + "the company name, the e-mail address or the phone number. count=estimate as for companies.")
    LeadPageJson list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
            @RequestParam(required = false) @Parameter(description = "NEW, QUALIFIED, DISQUALIFIED or CONVERTED") String status,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) Long sourceId,
            @RequestParam(required = false) @Parameter(description = "ISO 3166-1 alpha-2 code") String country,
            @RequestParam(required = false) @Parameter(description = "estimate") String count,
            @RequestParam(required = false) @Parameter(description = "a tag id: only the records with this tag") Long tag,
            @ParameterObject CreatedRange created) {
        LeadFilter filter = new LeadFilter(q, status(status), ownerId, teamId, sourceId, ListParameters.country(country), tag,
                created.strictly());
        ListParameters.checkCount(count);
        CursorPage<LeadSummary> page = leads.list(filter, PageRequest.of(limit, sort, cursor, LeadManagement.defaultSort()));
        Long estimate = count == null ? null : leads.estimateCount(filter).stream().boxed().findFirst().orElse(null);
        Map<Long, List<TagView>> tagsById = tags.tagsOf(TaggedType.LEAD, page.data().stream().map(LeadSummary::id).toList());
        return new LeadPageJson(page.data().stream().map(row -> LeadListJson.of(row, TagJson.of(tagsById, row.id()))).toList(),
                page.next(), estimate);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "One lead", description = "404 if it does not exist or you may not see it.")
    LeadJson get(@PathVariable long id) {
        return json(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Create a lead",
            description = "409 with the candidates in duplicates (type, id, name, matchedOn: email, phone, name or domain) when it looks like a record you may see, unless allowDuplicates=true. "
                    + "firstName, lastName or companyName is required. sourceId and industryId must be entries offered "
                    + "to you (/api/v1/lead-sources, /api/v1/industries). ownerId defaults to you and teamId to your first team.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = LeadInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    LeadJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "false") @Parameter(description = "true: create it even if it looks like a record you may see") boolean allowDuplicates,
            HttpServletResponse response) {
        LeadView created = leads.create(me.userId(), apply(body, leads.newForm(me.userId())), allowDuplicates);
        return Created.at(response, "/api/v1/leads/" + created.id(), json(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Change a lead (JSON merge patch)",
            description = "Only the members sent change; null clears an optional one. A converted lead is read-only (409). "
                    + "Send version to have the change refused with 409 if someone else saved the lead since.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = LeadInput.class)))
    LeadJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        LeadView current = existing(id);
        Long version = JsonFields.of(patch).id("version", null);
        return json(leads.change(id, apply(patch, current.toForm()), version));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Delete a lead", description = "A converted lead keeps where it went and is not deleted (409).")
    ResponseEntity<Void> delete(@PathVariable long id) {
        leads.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/qualify")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Qualify a new lead", description = "409 unless the lead is NEW.")
    LeadJson qualify(@PathVariable long id) {
        return json(leads.qualify(id));
    }

    @PostMapping(path = "/{id}/disqualify", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Disqualify a lead", description = "Body {\"reason\": \"…\"}; the reason is required (422). "
            + "409 if the lead is disqualified or converted already.")
    LeadJson disqualify(@PathVariable long id, @RequestBody JsonNode body) {
        JsonFields json = JsonFields.of(body).rejectUnknown(Set.of("reason"), Set.of());
        String reason = json.text("reason", null);
        json.throwIfAny();
        return json(leads.disqualify(id, reason));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Reopen a disqualified lead", description = "Back to NEW; 409 unless the lead is DISQUALIFIED.")
    LeadJson reopen(@PathVariable long id) {
        return json(leads.reopen(id));
    }

    @PostMapping(path = "/{id}/convert", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Convert a lead into a company and a contact",
            description = "Body {\"companyId\"?: …, \"contactId\"?: …}: an existing company or contact you may see, or "
                    + "left out for a new one made from the lead's fields (a new company needs the lead's companyName). "
                    + "One transaction; the lead becomes read-only. 409 if it is disqualified or converted already.")
    LeadConversionJson convert(@PathVariable long id, @RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me) {
        JsonFields json = JsonFields.of(body).rejectUnknown(Set.of("companyId", "contactId"), Set.of());
        Long companyId = json.id("companyId", null);
        Long contactId = json.id("contactId", null);
        json.throwIfAny();
        LeadConversion conversion = leads.convert(id, me.userId(), companyId, contactId);
        return new LeadConversionJson(Long.toString(conversion.leadId()), Long.toString(conversion.companyId()),
                Ids.of(conversion.contactId()));
    }

    private LeadView existing(long id) {
        return leads.find(id).orElseThrow(() -> new RecordNotFoundException("Lead", id));
    }

    static LeadStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return LeadStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw InvalidInputException.of("status", "validation.leads.status-unknown");
        }
    }

    private static LeadForm apply(JsonNode body, LeadForm base) {
        JsonFields json = JsonFields.of(body).rejectUnknown(FIELDS, READ_ONLY);
        LeadForm form = new LeadForm(json.text("firstName", base.firstName()), json.text("lastName", base.lastName()),
                json.text("title", base.title()), json.text("email", base.email()), json.text("phone", base.phone()),
                json.text("companyName", base.companyName()), json.text("website", base.website()),
                json.text("companyEmail", base.companyEmail()), json.text("companyPhone", base.companyPhone()),
                json.address("address", base.address()), json.id("sourceId", base.sourceId()),
                json.id("industryId", base.industryId()), json.text("description", base.description()),
                json.id("ownerId", base.ownerId()), json.id("teamId", base.teamId()), json.ids("coOwnerIds", base.coOwnerIds()));
        json.id("version", null);
        json.throwIfAny();
        return form;
    }

    private LeadJson json(LeadView lead) {
        return LeadJson.of(lead, TagJson.of(tags.tagsOf(TaggedType.LEAD, List.of(lead.id())), lead.id()));
    }

    /** What POST and PATCH accept; every member optional in a PATCH. */
    record LeadInput(String firstName, String lastName, String title, String email, String phone, String companyName,
            String website, String companyEmail, String companyPhone, Address address, String sourceId, String industryId,
            String description, String ownerId, String teamId, List<String> coOwnerIds,
            @Schema(description = "PATCH only: the version you changed") Long version) {
    }

    record LeadPageJson(List<LeadListJson> data, String next, @JsonInclude(JsonInclude.Include.NON_NULL) Long estimatedTotal) {
    }

    record LeadListJson(String id, LeadStatus status, String firstName, String lastName, String companyName, String email,
            String phone, String country, String sourceId, String sourceName, String ownerId, String teamId, Instant createdAt, List<TagJson> tags) {

        static LeadListJson of(LeadSummary lead, List<TagJson> tags) {
            return new LeadListJson(Long.toString(lead.id()), lead.status(), lead.firstName(), lead.lastName(), lead.companyName(),
                    lead.email(), lead.phone(), lead.country(), Ids.of(lead.sourceId()), lead.sourceName(),
                    Long.toString(lead.ownerId()), Ids.of(lead.teamId()), lead.createdAt(), tags);
        }
    }

    record LeadJson(String id, long version, LeadStatus status, String firstName, String lastName, String title, String email,
            String phone, String companyName, String website, String companyEmail, String companyPhone, Address address,
            String sourceId, String industryId, String description, String disqualifyReason, String convertedCompanyId,
            String convertedContactId, Instant convertedAt, String convertedBy, String ownerId, String teamId,
            List<String> coOwnerIds, Instant createdAt, Instant updatedAt, String createdBy,
            List<TagJson> tags) {

        static LeadJson of(LeadView lead, List<TagJson> tags) {
            return new LeadJson(Long.toString(lead.id()), lead.version(), lead.status(), lead.firstName(), lead.lastName(),
                    lead.title(), lead.email(), lead.phone(), lead.companyName(), lead.website(), lead.companyEmail(),
                    lead.companyPhone(), lead.address(), Ids.of(lead.sourceId()), Ids.of(lead.industryId()), lead.description(),
                    lead.disqualifyReason(), Ids.of(lead.convertedCompanyId()), Ids.of(lead.convertedContactId()),
                    lead.convertedAt(), Ids.of(lead.convertedBy()), Long.toString(lead.ownerId()), Ids.of(lead.teamId()),
                    Ids.of(lead.coOwnerIds()), lead.createdAt(), lead.updatedAt(), Ids.of(lead.createdBy()), tags);
        }
    }

    record LeadConversionJson(String leadId, String companyId, String contactId) {
    }
}
