package org.clientele.customers.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.TagManagement;
import org.clientele.customers.TagUsage;
import org.clientele.customers.TagView;
import org.clientele.customers.TaggedType;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The tag vocabulary, and the tags on companies, contacts and leads. */
@RestController
@Tag(name = "Tags", description = "One tag vocabulary for everyone; tags on companies, contacts and leads")
class TagApiController {

    private static final String TAGS = "/api/v1/tags";
    private static final Set<String> FIELDS = Set.of("name", "colour");
    private static final Set<String> READ_ONLY = Set.of("id", "companies", "contacts", "leads");

    private final TagManagement tags;

    TagApiController(TagManagement tags) {
        this.tags = tags;
    }

    @GetMapping(TAGS)
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "Every tag, by name", description = "With how many companies, contacts and leads carry each, whoever may see them.")
    TagPageJson list() {
        return new TagPageJson(tags.usage().stream().map(TagUsageJson::of).toList(), null);
    }

    @GetMapping(TAGS + "/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "One tag")
    TagUsageJson get(@PathVariable long id) {
        return TagUsageJson.of(tags.usage(id));
    }

    @PostMapping(path = TAGS, consumes = "application/json")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Add a tag", description = "Body {\"name\", \"colour\"}: name is required, at most 50 characters, unique "
            + "ignoring case; colour one of blue, grey, green, red, yellow, cyan, black.")
    @ResponseStatus(HttpStatus.CREATED)
    TagJson create(@RequestBody JsonNode body, HttpServletResponse response) {
        JsonFields json = JsonFields.of(body).rejectUnknown(FIELDS, READ_ONLY);
        String name = json.text("name", null);
        String colour = json.text("colour", null);
        json.throwIfAny();
        TagView created = tags.create(name, colour);
        return Created.at(response, TAGS + "/" + created.id(), TagJson.of(created));
    }

    @PatchMapping(path = TAGS + "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Rename or recolour a tag", description = "The records that carry it keep it.")
    TagJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        TagView current = tags.find(id).orElseThrow(() -> new RecordNotFoundException("Tag", id));
        JsonFields json = JsonFields.of(patch).rejectUnknown(FIELDS, READ_ONLY);
        String name = json.text("name", current.name());
        String colour = json.text("colour", current.colour().code());
        json.throwIfAny();
        return TagJson.of(tags.change(id, name, colour));
    }

    @DeleteMapping(TAGS + "/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Delete a tag", description = "Takes it off every record that carries it.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        tags.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/api/v1/companies/{id}/tags", "/api/v1/contacts/{id}/tags", "/api/v1/leads/{id}/tags"})
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "The tags of a company, contact or lead", description = "404 if the record does not exist or you may not see it.")
    List<TagJson> tagsOf(HttpServletRequest request, @PathVariable long id) {
        return TagJson.of(tags.tagsOf(TaggedPaths.typeOf(request), id));
    }

    @PutMapping({"/api/v1/companies/{id}/tags/{tagId}", "/api/v1/contacts/{id}/tags/{tagId}", "/api/v1/leads/{id}/tags/{tagId}"})
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Put a tag on a company, contact or lead",
            description = "204 also if it was there already; 404 if the record or the tag does not exist or you may not see the record.")
    ResponseEntity<Void> tag(HttpServletRequest request, @PathVariable long id, @PathVariable long tagId) {
        tags.tag(TaggedPaths.typeOf(request), id, tagId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping({"/api/v1/companies/{id}/tags/{tagId}", "/api/v1/contacts/{id}/tags/{tagId}", "/api/v1/leads/{id}/tags/{tagId}"})
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Take a tag off a company, contact or lead", description = "204 also if it was not there.")
    ResponseEntity<Void> untag(HttpServletRequest request, @PathVariable long id, @PathVariable long tagId) {
        TaggedType type = TaggedPaths.typeOf(request);
        tags.untag(type, id, tagId);
        return ResponseEntity.noContent().build();
    }

    record TagPageJson(List<TagUsageJson> data, String next) {
    }

    record TagUsageJson(String id, String name, String colour, long companies, long contacts, long leads) {

        static TagUsageJson of(TagUsage usage) {
            return new TagUsageJson(Long.toString(usage.tag().id()), usage.tag().name(), usage.tag().colour().code(),
                    usage.companies(), usage.contacts(), usage.leads());
        }
    }
}
