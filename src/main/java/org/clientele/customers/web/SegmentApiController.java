package org.clientele.customers.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.ContactFilter;
import org.clientele.customers.ContactManagement;
import org.clientele.customers.ContactSummary;
import org.clientele.customers.SegmentKind;
import org.clientele.customers.SegmentManagement;
import org.clientele.customers.SegmentSummary;
import org.clientele.customers.SegmentView;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TagView;
import org.clientele.customers.TaggedType;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Segments of contacts and their members. */
@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments", description = "Named groups of contacts: listed members (static) or a saved filter of the contact list (dynamic)")
class SegmentApiController {

    private static final Set<String> FIELDS = Set.of("name", "kind", "filter");
    private static final Set<String> FILTER_FIELDS = Set.of("q", "ownerId", "teamId", "country", "companyId", "tag");

    private final SegmentManagement segments;
    private final TagManagement tags;

    SegmentApiController(SegmentManagement segments, TagManagement tags) {
        this.segments = segments;
        this.tags = tags;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "Every segment, by name",
            description = "members counts the members you may see, and stops at 10000 (then membersAtLeast is true).")
    SegmentPageJson list() {
        return new SegmentPageJson(segments.all().stream().map(SegmentJson::of).toList(), null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "One segment")
    SegmentJson get(@PathVariable long id) {
        return SegmentJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Create a segment",
            description = "Body {\"name\", \"kind\": \"static\" | \"dynamic\", \"filter\"?: {\"q\", \"ownerId\", \"teamId\", \"country\", "
                    + "\"companyId\", \"tag\"}}: the name is unique ignoring case; a dynamic segment needs a filter with at least "
                    + "one member, the same parameters GET /api/v1/contacts takes.")
    @ResponseStatus(HttpStatus.CREATED)
    SegmentJson create(@RequestBody JsonNode body, HttpServletResponse response) {
        JsonFields json = JsonFields.of(body).rejectUnknown(FIELDS, Set.of("id", "members", "membersAtLeast"));
        String name = json.text("name", null);
        String kind = json.text("kind", null);
        json.throwIfAny();
        ContactFilter filter = filter(body.get("filter"));
        SegmentKind chosen = kind == null ? null : switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "static" -> SegmentKind.STATIC;
            case "dynamic" -> SegmentKind.DYNAMIC;
            default -> throw InvalidInputException.of("kind", "validation.segments.kind");
        };
        SegmentView created = segments.create(name, chosen, filter);
        return Created.at(response, "/api/v1/segments/" + created.id(), SegmentJson.of(existing(created.id())));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Delete a segment", description = "The contacts stay.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        segments.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/members")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "The members you may see", description = "Contacts as GET /api/v1/contacts lists them, page by keyset.")
    ContactApiController.ContactPageJson members(@PathVariable long id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort) {
        CursorPage<ContactSummary> page = segments.members(id, PageRequest.of(limit, sort, cursor, ContactManagement.defaultSort()));
        Map<Long, List<TagView>> tagsById = tags.tagsOf(TaggedType.CONTACT, page.data().stream().map(ContactSummary::id).toList());
        return new ContactApiController.ContactPageJson(page.data().stream()
                .map(row -> ContactApiController.ContactListJson.of(row, TagJson.of(tagsById, row.id()))).toList(), page.next(), null);
    }

    @PutMapping("/{id}/members/{contactId}")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "List a contact in a static segment", description = "204 also if listed already; 409 for a dynamic segment.")
    ResponseEntity<Void> add(@PathVariable long id, @PathVariable long contactId) {
        segments.addMembers(id, List.of(contactId));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/members/{contactId}")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Take a contact out of a static segment", description = "204 also if not listed; 409 for a dynamic segment.")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long contactId) {
        segments.removeMember(id, contactId);
        return ResponseEntity.noContent().build();
    }

    private SegmentSummary existing(long id) {
        return segments.find(id).orElseThrow(() -> new RecordNotFoundException("Segment", id));
    }

    private static ContactFilter filter(JsonNode node) {
        if (node == null || node.isNull()) {
            return ContactFilter.none();
        }
        JsonFields json = JsonFields.of(node).rejectUnknown(FILTER_FIELDS, Set.of());
        ContactFilter filter = new ContactFilter(json.text("q", null), json.id("ownerId", null), json.id("teamId", null),
                json.text("country", null), json.id("companyId", null), null, json.id("tag", null));
        json.throwIfAny();
        return new ContactFilter(filter.q(), filter.ownerId(), filter.teamId(), ListParameters.country(filter.country()),
                filter.companyId(), null, filter.tagId());
    }

    record SegmentPageJson(List<SegmentJson> data, String next) {
    }

    record FilterJson(String q, String ownerId, String teamId, String country, String companyId, String tag) {

        static FilterJson of(ContactFilter filter) {
            return new FilterJson(filter.q(), Ids.of(filter.ownerId()), Ids.of(filter.teamId()), filter.country(),
                    Ids.of(filter.companyId()), Ids.of(filter.tagId()));
        }
    }

    record SegmentJson(String id, String name, String kind, FilterJson filter, long members, boolean membersAtLeast) {

        static SegmentJson of(SegmentSummary summary) {
            SegmentView segment = summary.segment();
            return new SegmentJson(Long.toString(segment.id()), segment.name(), segment.kind().name().toLowerCase(Locale.ROOT),
                    segment.kind() == SegmentKind.DYNAMIC ? FilterJson.of(segment.filter()) : null, summary.members(), summary.atLeast());
        }
    }
}
