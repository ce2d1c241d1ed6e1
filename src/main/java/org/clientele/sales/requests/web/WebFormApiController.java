package org.clientele.sales.requests.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.SignedInUser;
import org.clientele.sales.requests.WebFormField;
import org.clientele.sales.requests.WebFormForm;
import org.clientele.sales.requests.WebFormManagement;
import org.clientele.sales.requests.WebFormView;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.Ids;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/web-forms")
@Tag(name = "Web forms", description = "Web-to-lead forms, one per lead source (administrators)")
class WebFormApiController {

    static final Set<String> FIELDS = Set.of("name", "leadSourceId", "fields", "requiredFields", "thankYouMessage", "redirectUrl",
            "allowedOrigins", "stopPhrases", "bannedCompanies", "ownerId", "teamId", "active", "version");

    private final WebFormManagement forms;

    WebFormApiController(WebFormManagement forms) {
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Every web form", description = "A few at most (one per lead source): one page, next is always null.")
    CursorPage<WebFormJson> list() {
        return new CursorPage<>(forms.all().stream().map(WebFormJson::of).toList(), null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "One web form")
    WebFormJson get(@PathVariable long id) {
        return WebFormJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Set up a web form",
            description = "fields and requiredFields: FIRST_NAME, LAST_NAME, EMAIL, PHONE, COMPANY_NAME, WEBSITE, COUNTRY, CITY, "
                    + "SUBJECT, MESSAGE; EMAIL or PHONE must be required. allowedOrigins like https://www.example.com (no path). "
                    + "422 if the lead source has a form already.")
    @ResponseStatus(HttpStatus.CREATED)
    WebFormJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me, HttpServletResponse response) {
        WebFormView created = forms.create(apply(body, forms.newForm(me.userId(), null)));
        return Created.at(response, "/api/v1/web-forms/" + created.id(), WebFormJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Change a web form (JSON merge patch)")
    WebFormJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        WebFormView current = existing(id);
        Long version = JsonInput.of(patch, FIELDS).id("version", null);
        return WebFormJson.of(forms.change(id, apply(patch, current.toForm()), version));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Delete a web form", description = "The requests it created stay.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        existing(id);
        forms.delete(id);
        return ResponseEntity.noContent().build();
    }

    private WebFormView existing(long id) {
        return forms.find(id).orElseThrow(() -> new RecordNotFoundException("WebForm", id));
    }

    private static WebFormForm apply(JsonNode body, WebFormForm base) {
        JsonInput json = JsonInput.of(body, FIELDS);
        WebFormForm form = new WebFormForm(json.text("name", base.name()), json.id("leadSourceId", base.leadSourceId()),
                fields("fields", json.texts("fields", null), base.fields()),
                fields("requiredFields", json.texts("requiredFields", null), base.requiredFields()),
                json.text("thankYouMessage", base.thankYouMessage()), json.text("redirectUrl", base.redirectUrl()),
                json.texts("allowedOrigins", base.allowedOrigins()), json.texts("stopPhrases", base.stopPhrases()),
                json.texts("bannedCompanies", base.bannedCompanies()), json.id("ownerId", base.ownerId()),
                json.id("teamId", base.teamId()), json.bool("active", base.active()));
        json.id("version", null);
        json.throwIfAny();
        return form;
    }

    private static Set<WebFormField> fields(String member, List<String> names, Set<WebFormField> current) {
        if (names == null) {
            return current;
        }
        Set<WebFormField> fields = EnumSet.noneOf(WebFormField.class);
        for (String name : names) {
            try {
                fields.add(WebFormField.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            }
            catch (IllegalArgumentException ex) {
                throw new InvalidInputException(List.of(new FieldProblem(member, "validation.requests.choice-unknown")));
            }
        }
        return fields;
    }

    record WebFormJson(String id, long version, String token, String path, String name, String leadSourceId,
            List<WebFormField> fields, List<WebFormField> requiredFields, String thankYouMessage, String redirectUrl,
            List<String> allowedOrigins, List<String> stopPhrases, List<String> bannedCompanies, String ownerId, String teamId,
            boolean active, Instant createdAt, Instant updatedAt) {

        static WebFormJson of(WebFormView form) {
            return new WebFormJson(Long.toString(form.id()), form.version(), form.token(), form.path(), form.name(),
                    Ids.of(form.leadSourceId()), form.fields(), form.fields().stream().filter(form::required).toList(),
                    form.thankYouMessage(), form.redirectUrl(), form.allowedOrigins(), form.stopPhrases(), form.bannedCompanies(),
                    Long.toString(form.ownerId()), Ids.of(form.teamId()), form.active(), form.createdAt(), form.updatedAt());
        }
    }
}
