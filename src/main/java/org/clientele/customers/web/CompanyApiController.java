package org.clientele.customers.web;

import java.time.Instant;
import java.util.List;
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
import org.clientele.customers.CompanyFilter;
import org.clientele.customers.CompanyForm;
import org.clientele.customers.CompanyManagement;
import org.clientele.customers.CompanySummary;
import org.clientele.customers.CompanyView;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TagView;
import org.clientele.customers.TaggedType;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.CursorPage;
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
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "Organisations, with owner, team and co-owners; lists and reads show only what the caller may see")
class CompanyApiController {

    static final Set<String> FIELDS = Set.of("name", "alternativeNames", "website", "emails", "phones", "address",
            "registrationNumber", "description", "ownerId", "teamId", "coOwnerIds", "typeId", "industryIds", "sourceId", "version");
    static final Set<String> READ_ONLY = Set.of("tags", "id", "createdAt", "updatedAt", "createdBy");

    private final CompanyManagement companies;
    private final TagManagement tags;
    private final CustomerJsonViews views;

    CompanyApiController(CompanyManagement companies, TagManagement tags, CustomerJsonViews views) {
        this.companies = companies;
        this.tags = tags;
        this.views = views;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "List the companies you may see",
            description = "Pages by keyset: pass `next` as `cursor`. sort: name, -name, createdAt, -createdAt. "
                    + "q matches the name, alternative names, main e-mail address and main phone number. "
                    + "count=estimate adds estimatedTotal from the database's statistics where it can (unfiltered lists "
                    + "of users who see every company); it never counts the table.")
    CompanyPageJson list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) @Parameter(description = "ISO 3166-1 alpha-2 code") String country,
            @RequestParam(required = false) @Parameter(description = "A company type") Long typeId,
            @RequestParam(required = false) @Parameter(description = "One of the company's industries") Long industryId,
            @RequestParam(required = false) @Parameter(description = "estimate") String count,
            @RequestParam(required = false) @Parameter(description = "a tag id: only the records with this tag") Long tag,
            @ParameterObject CreatedRange created) {
        CompanyFilter filter = new CompanyFilter(q, ownerId, teamId, ListParameters.country(country), typeId, industryId, tag,
                created.strictly());
        ListParameters.checkCount(count);
        CursorPage<CompanySummary> page = companies.list(filter, PageRequest.of(limit, sort, cursor, CompanyManagement.defaultSort()));
        Long estimate = count == null ? null : companies.estimateCount(filter).stream().boxed().findFirst().orElse(null);
        Map<Long, List<TagView>> tagsById = tags.tagsOf(TaggedType.COMPANY, page.data().stream().map(CompanySummary::id).toList());
        return new CompanyPageJson(page.data().stream().map(row -> CompanyListJson.of(row, TagJson.of(tagsById, row.id()))).toList(),
                page.next(), estimate);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "One company", description = "404 if it does not exist or you may not see it.")
    CompanyJson get(@PathVariable long id) {
        return json(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Create a company",
            description = "409 with the candidates in duplicates (type, id, name, matchedOn: email, phone, name or domain) when it looks like a record you may see, unless allowDuplicates=true. "
                    + "name is required. ownerId defaults to you and teamId to your first team; phone numbers are "
                    + "read in the address's country unless they start with + and are stored in E.164.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = CompanyInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    CompanyJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "false") @Parameter(description = "true: create it even if it looks like a record you may see") boolean allowDuplicates,
            HttpServletResponse response) {
        CompanyForm form = apply(body, companies.newForm(me.userId()));
        CompanyView created = companies.create(me.userId(), form, allowDuplicates);
        return Created.at(response, "/api/v1/companies/" + created.id(), json(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Change a company (JSON merge patch)",
            description = "Only the members sent change; null clears an optional one. Send version to have the change "
                    + "refused with 409 if someone else saved the company since.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = CompanyInput.class)))
    CompanyJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        CompanyView current = existing(id);
        Long version = JsonFields.of(patch).id("version", null);
        return json(companies.change(id, apply(patch, current.toForm()), version));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Delete a company", description = "409 while contacts work there: move or delete them first.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        companies.delete(id);
        return ResponseEntity.noContent().build();
    }

    private CompanyView existing(long id) {
        return companies.find(id).orElseThrow(() -> new RecordNotFoundException("Company", id));
    }

    private static CompanyForm apply(JsonNode body, CompanyForm base) {
        JsonFields json = JsonFields.of(body).rejectUnknown(FIELDS, READ_ONLY);
        CompanyForm form = new CompanyForm(json.text("name", base.name()), json.text("alternativeNames", base.alternativeNames()),
                json.text("website", base.website()), json.texts("emails", base.emails()), json.texts("phones", base.phones()),
                json.address("address", base.address()), json.text("registrationNumber", base.registrationNumber()),
                json.text("description", base.description()), json.id("ownerId", base.ownerId()), json.id("teamId", base.teamId()),
                json.ids("coOwnerIds", base.coOwnerIds()), json.id("typeId", base.typeId()),
                json.ids("industryIds", base.industryIds()), json.id("sourceId", base.sourceId()));
        json.id("version", null);
        json.throwIfAny();
        return form;
    }

    private CompanyJson json(CompanyView company) {
        return views.company(company);
    }

    /** What POST and PATCH accept; every member optional in a PATCH. */
    record CompanyInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name, String alternativeNames,
            String website, List<String> emails, List<String> phones, Address address, String registrationNumber,
            String description, String ownerId, String teamId, List<String> coOwnerIds,
            @Schema(description = "A company type offered to you (/api/v1/company-types)") String typeId,
            @Schema(description = "Industries offered to you (/api/v1/industries)") List<String> industryIds,
            @Schema(description = "A lead source offered to you (/api/v1/lead-sources)") String sourceId,
            @Schema(description = "PATCH only: the version you changed") Long version) {
    }

    record CompanyPageJson(List<CompanyListJson> data, String next,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long estimatedTotal) {
    }

    record CompanyListJson(String id, String name, String website, String email, String phone, String city, String country,
            String ownerId, String teamId, Instant createdAt, List<TagJson> tags) {

        static CompanyListJson of(CompanySummary company, List<TagJson> tags) {
            return new CompanyListJson(Long.toString(company.id()), company.name(), company.website(), company.email(),
                    company.phone(), company.city(), company.country(), Long.toString(company.ownerId()), Ids.of(company.teamId()),
                    company.createdAt(), tags);
        }
    }

    record CompanyJson(String id, long version, String name, String alternativeNames, String website, List<String> emails,
            List<String> phones, Address address, String registrationNumber, String description, String ownerId, String teamId,
            List<String> coOwnerIds, Instant createdAt, Instant updatedAt, String createdBy, String typeId, List<String> industryIds,
            String sourceId, List<TagJson> tags) {

        static CompanyJson of(CompanyView company, List<TagJson> tags) {
            return new CompanyJson(Long.toString(company.id()), company.version(), company.name(), company.alternativeNames(),
                    company.website(), company.emails(), company.phones(), company.address(), company.registrationNumber(),
                    company.description(), Long.toString(company.ownerId()), Ids.of(company.teamId()), Ids.of(company.coOwnerIds()),
                    company.createdAt(), company.updatedAt(), Ids.of(company.createdBy()), Ids.of(company.typeId()),
                    Ids.of(company.industryIds()), Ids.of(company.sourceId()), tags);
        }
    }
}
