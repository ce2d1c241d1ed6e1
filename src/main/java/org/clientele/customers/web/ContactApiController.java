package org.clientele.customers.web;

import java.time.Instant;
import java.time.LocalDate;
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
import org.clientele.customers.ConsentFilter;
import org.clientele.customers.ConsentManagement;
import org.clientele.customers.ConsentView;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactForm;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactSummary;
import org.clientele.customers.ContactView;
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
@RequestMapping("/api/v1/contacts")
@Tag(name = "Contacts", description = "People, possibly working at a company; lists and reads show only what the caller may see")
class ContactApiController {

    static final Set<String> FIELDS = Set.of("firstName", "lastName", "title", "companyId", "emails", "phones", "birthday",
            "address", "ownerId", "teamId", "coOwnerIds", "version");
    static final Set<String> READ_ONLY = Set.of("tags", "id", "companyName", "createdAt", "updatedAt", "createdBy", "consent");

    private final ContactManagement contacts;
    private final TagManagement tags;
    private final CustomerJsonViews views;

    ContactApiController(ContactManagement contacts, TagManagement tags, CustomerJsonViews views) {
        this.contacts = contacts;
        this.tags = tags;
        this.views = views;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "List the contacts you may see",
            description = "Pages by keyset: pass `next` as `cursor`. sort: name (last name, then first), -name, createdAt, "
                    + "-createdAt. q matches every word in the names, or the main e-mail address or phone number. "
                    + "companyId lists the people of one company; consent those with that answer to marketing e-mail "
                    + "(opted_in, opted_out, unknown) or marked do_not_contact. count=estimate as for companies.")
    ContactPageJson list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long ownerId, @RequestParam(required = false) Long teamId,
            @RequestParam(required = false) @Parameter(description = "ISO 3166-1 alpha-2 code") String country,
            @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) @Parameter(description = "opted_in, opted_out, unknown or do_not_contact") String consent,
            @RequestParam(required = false) @Parameter(description = "estimate") String count,
            @RequestParam(required = false) @Parameter(description = "a tag id: only the records with this tag") Long tag,
            @ParameterObject CreatedRange created) {
        ContactFilter filter = new ContactFilter(q, ownerId, teamId, ListParameters.country(country), companyId,
                ConsentFilter.parse(consent), tag, created.strictly());
        ListParameters.checkCount(count);
        CursorPage<ContactSummary> page = contacts.list(filter, PageRequest.of(limit, sort, cursor, ContactManagement.defaultSort()));
        Long estimate = count == null ? null : contacts.estimateCount(filter).stream().boxed().findFirst().orElse(null);
        Map<Long, List<TagView>> tagsById = tags.tagsOf(TaggedType.CONTACT, page.data().stream().map(ContactSummary::id).toList());
        return new ContactPageJson(page.data().stream().map(row -> ContactListJson.of(row, TagJson.of(tagsById, row.id()))).toList(),
                page.next(), estimate);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "One contact", description = "404 if it does not exist or you may not see it.")
    ContactJson get(@PathVariable long id) {
        return json(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Create a contact",
            description = "409 with the candidates in duplicates (type, id, name, matchedOn: email, phone, name or domain) when it looks like a record you may see, unless allowDuplicates=true. "
                    + "firstName or lastName is required; companyId must be a company you may see. ownerId defaults "
                    + "to you and teamId to your first team; birthday is a date such as 1985-04-23.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ContactInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    ContactJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me,
            @RequestParam(defaultValue = "false") @Parameter(description = "true: create it even if it looks like a record you may see") boolean allowDuplicates,
            HttpServletResponse response) {
        ContactView created = contacts.createFrom(me.userId(), blank -> apply(body, blank), allowDuplicates);
        return Created.at(response, "/api/v1/contacts/" + created.id(), views.createdContact(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Change a contact (JSON merge patch)",
            description = "Only the members sent change; null clears an optional one (companyId: null takes them off their "
                    + "company, which stays in their history). Send version to have the change refused with 409 if "
                    + "someone else saved the contact since.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ContactInput.class)))
    ContactJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        ContactView current = existing(id);
        Long version = JsonFields.of(patch).id("version", null);
        return json(contacts.change(id, apply(patch, current.toForm()), version));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Delete a contact")
    ResponseEntity<Void> delete(@PathVariable long id) {
        contacts.delete(id);
        return ResponseEntity.noContent().build();
    }

    private ContactJson json(ContactView contact) {
        return views.contact(contact);
    }

    private ContactView existing(long id) {
        return contacts.find(id).orElseThrow(() -> new RecordNotFoundException("Contact", id));
    }

    private static ContactForm apply(JsonNode body, ContactForm base) {
        JsonFields json = JsonFields.of(body).rejectUnknown(FIELDS, READ_ONLY);
        ContactForm form = new ContactForm(json.text("firstName", base.firstName()), json.text("lastName", base.lastName()),
                json.text("title", base.title()), json.id("companyId", base.companyId()), json.texts("emails", base.emails()),
                json.texts("phones", base.phones()), json.date("birthday", base.birthday()), json.address("address", base.address()),
                json.id("ownerId", base.ownerId()), json.id("teamId", base.teamId()), json.ids("coOwnerIds", base.coOwnerIds()));
        json.id("version", null);
        json.throwIfAny();
        return form;
    }

    /** What POST and PATCH accept; every member optional in a PATCH. */
    record ContactInput(String firstName, String lastName, String title, String companyId, List<String> emails,
            List<String> phones, LocalDate birthday, Address address, String ownerId, String teamId, List<String> coOwnerIds,
            @Schema(description = "PATCH only: the version you changed") Long version) {
    }

    record ContactPageJson(List<ContactListJson> data, String next,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long estimatedTotal) {
    }

    record ContactListJson(String id, String firstName, String lastName, String title, String companyId, String companyName,
            String email, String phone, String city, String country, String ownerId, String teamId, Instant createdAt, List<TagJson> tags) {

        static ContactListJson of(ContactSummary contact, List<TagJson> tags) {
            return new ContactListJson(Long.toString(contact.id()), contact.firstName(), contact.lastName(), contact.title(),
                    Ids.of(contact.companyId()), contact.companyName(), contact.email(), contact.phone(), contact.city(),
                    contact.country(), Long.toString(contact.ownerId()), Ids.of(contact.teamId()), contact.createdAt(), tags);
        }
    }

    record ContactJson(String id, long version, String firstName, String lastName, String title, String companyId,
            String companyName, List<String> emails, List<String> phones, LocalDate birthday, Address address, String ownerId,
            String teamId, List<String> coOwnerIds, Instant createdAt, Instant updatedAt, String createdBy,
            ConsentApiController.ConsentJson consent, List<TagJson> tags) {

        static ContactJson of(ContactView contact, ConsentView consent, List<TagJson> tags) {
            return new ContactJson(Long.toString(contact.id()), contact.version(), contact.firstName(), contact.lastName(),
                    contact.title(), Ids.of(contact.companyId()), contact.companyName(), contact.emails(), contact.phones(),
                    contact.birthday(), contact.address(), Long.toString(contact.ownerId()), Ids.of(contact.teamId()),
                    Ids.of(contact.coOwnerIds()), contact.createdAt(), contact.updatedAt(), Ids.of(contact.createdBy()),
                    ConsentApiController.ConsentJson.of(consent), tags);
        }
    }
}
