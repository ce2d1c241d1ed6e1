package org.clientele.sales.requests.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.SignedInUser;
import org.clientele.sales.requests.MatchChoice;
import org.clientele.sales.requests.RequestFilter;
import org.clientele.sales.requests.RequestForm;
import org.clientele.sales.requests.RequestManagement;
import org.clientele.sales.requests.RequestSource;
import org.clientele.sales.requests.RequestStatus;
import org.clientele.sales.requests.RequestSummary;
import org.clientele.sales.requests.RequestView;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Requests", description = "The inbox of inquiries: from web forms, by hand, e-mail and phone; matched to customers")
class RequestApiController {

    static final Set<String> FIELDS = Set.of("source", "leadSourceId", "firstName", "lastName", "email", "phone", "companyName",
            "website", "country", "city", "subject", "message", "supportCase", "pending", "duplicate", "ownerId", "teamId", "version");

    private final RequestManagement requests;

    RequestApiController(RequestManagement requests) {
        this.requests = requests;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "List the requests you may see",
            description = "Pages by keyset: pass `next` as `cursor`. sort: -receivedAt (default), receivedAt, name, -name. "
                    + "q: a ticket code (exactly), words of the sender's name, or part of the e-mail address or company name.")
    CursorPage<RequestListJson> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
            @RequestParam(required = false) @Parameter(description = "NEW, IN_PROGRESS, CONVERTED or CLOSED") String status,
            @RequestParam(required = false) @Parameter(description = "WEB_FORM, MANUAL, EMAIL or PHONE") String source,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) @Parameter(description = "duplicate, case or pending") String flag,
            @RequestParam(defaultValue = "false") @Parameter(description = "true: only automatic matches nobody confirmed") boolean unverified) {
        if (flag != null && !RequestFilter.FLAGS.contains(flag)) {
            throw InvalidInputException.of("flag", "validation.requests.choice-unknown");
        }
        RequestFilter filter = new RequestFilter(q, strictEnum(RequestStatus.class, "status", status),
                strictEnum(RequestSource.class, "source", source), ownerId, flag, unverified);
        return requests.list(filter, PageRequest.of(limit, sort, cursor, RequestManagement.defaultSort())).map(RequestListJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "One request", description = "404 if it does not exist or you may not see it.")
    RequestJson get(@PathVariable long id) {
        return RequestJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Enter a request",
            description = "source: MANUAL (default), EMAIL or PHONE (WEB_FORM only comes from web forms). The sender needs a name, "
                    + "company name, e-mail address or phone. It is matched automatically (matchVerified false) and flagged as a "
                    + "duplicate when the same e-mail address sent the same subject within a day.")
    @ResponseStatus(HttpStatus.CREATED)
    RequestJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me, HttpServletResponse response) {
        RequestView created = requests.create(me.userId(), apply(body, requests.newForm(me.userId())));
        return Created.at(response, "/api/v1/requests/" + created.id(), RequestJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Change a request (JSON merge patch)",
            description = "Only open requests (NEW, IN_PROGRESS); 409 otherwise. The source does not change. Send version to "
                    + "have the change refused with 409 if someone saved it since.")
    RequestJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        RequestView current = existing(id);
        JsonInput version = JsonInput.of(patch, FIELDS);
        Long expected = version.id("version", null);
        return RequestJson.of(requests.change(id, apply(patch, current.toForm()), expected));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Delete a request", description = "A converted request keeps its deal and is not deleted (409).")
    ResponseEntity<Void> delete(@PathVariable long id) {
        requests.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/match", consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Confirm, choose or clear the match",
            description = "Body {\"action\": \"confirm\"} confirms the automatic match; {\"action\": \"choose\", \"contactId\"?, "
                    + "\"companyId\"?, \"leadId\"?} sets the records (ones you may see, else 422); {\"action\": \"clear\"} removes "
                    + "it. matchVerified becomes true (false after clearing). 409 on a closed or converted request.")
    RequestJson match(@PathVariable long id, @RequestBody JsonNode body) {
        JsonInput json = JsonInput.of(body, Set.of("action", "contactId", "companyId", "leadId"));
        MatchChoice.Action action = json.choice("action", MatchChoice.Action.class, null);
        MatchChoice choice = new MatchChoice(action, json.id("contactId", null), json.id("companyId", null), json.id("leadId", null));
        if (action == null) {
            throw InvalidInputException.of("action", "validation.customers.required");
        }
        json.throwIfAny();
        return RequestJson.of(requests.match(id, choice));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Close an open request without a deal", description = "409 unless it is NEW or IN_PROGRESS.")
    RequestJson close(@PathVariable long id) {
        return RequestJson.of(requests.close(id));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Reopen a closed request", description = "Back to IN_PROGRESS; 409 unless it is CLOSED.")
    RequestJson reopen(@PathVariable long id) {
        return RequestJson.of(requests.reopen(id));
    }

    @PostMapping("/{id}/convert")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Create a deal from a request",
            description = "In one transaction: a deal named after the subject (else the sender), owned by the request's owner in "
                    + "its team, in the first open stage of the team's default pipeline, linked to the request and its matched "
                    + "company, contact and lead (422 if you may not see one of them), with the message as its description. The "
                    + "request becomes CONVERTED with dealId. 409 if it is closed, converted already, a duplicate or a support case.")
    RequestJson convert(@PathVariable long id, @AuthenticationPrincipal SignedInUser me) {
        return RequestJson.of(requests.convert(id, me.userId()));
    }

    private RequestView existing(long id) {
        return requests.find(id).orElseThrow(() -> new RecordNotFoundException("Request", id));
    }

    private static RequestForm apply(JsonNode body, RequestForm base) {
        JsonInput json = JsonInput.of(body, FIELDS);
        RequestForm form = new RequestForm(json.choice("source", RequestSource.class, base.source()),
                json.id("leadSourceId", base.leadSourceId()), json.text("firstName", base.firstName()),
                json.text("lastName", base.lastName()), json.text("email", base.email()), json.text("phone", base.phone()),
                json.text("companyName", base.companyName()), json.text("website", base.website()),
                json.text("country", base.country()), json.text("city", base.city()), json.text("subject", base.subject()),
                json.text("message", base.message()), json.bool("supportCase", base.supportCase()),
                json.bool("pending", base.pending()), json.bool("duplicate", base.duplicate()), json.id("ownerId", base.ownerId()),
                json.id("teamId", base.teamId()));
        json.id("version", null);
        json.throwIfAny();
        return form;
    }

    /** The value, or {@code null} when blank or not one of the type's names. */
    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return strictEnum(type, "value", value);
        }
        catch (InvalidInputException ex) {
            return null;
        }
    }

    private static <E extends Enum<E>> E strictEnum(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw InvalidInputException.of(field, "validation.requests.choice-unknown");
        }
    }

    record RequestListJson(String id, String ticket, Instant receivedAt, RequestSource source, RequestStatus status, String firstName,
            String lastName, String companyName, String email, String subject, String leadSourceId, String leadSourceName,
            boolean duplicate, boolean supportCase, boolean pending, boolean matched, boolean matchVerified, String ownerId,
            String teamId) {

        static RequestListJson of(RequestSummary r) {
            return new RequestListJson(Long.toString(r.id()), r.ticket(), r.receivedAt(), r.source(), r.status(), r.firstName(),
                    r.lastName(), r.companyName(), r.email(), r.subject(), Ids.of(r.leadSourceId()), r.leadSourceName(), r.duplicate(),
                    r.supportCase(), r.pending(), r.matched(), r.matchVerified(), Long.toString(r.ownerId()), Ids.of(r.teamId()));
        }
    }

    record RequestJson(String id, long version, String ticket, Instant receivedAt, RequestSource source, String leadSourceId,
            String webFormId, RequestStatus status, String firstName, String lastName, String email, String phone,
            String companyName, String website, String country, String city, String subject, String message, String remoteAddress,
            String userAgent, boolean duplicate, boolean supportCase, boolean pending, String contactId, String companyId,
            String leadId, boolean matchVerified, String dealId, String ownerId, String teamId, Instant createdAt, Instant updatedAt,
            String createdBy) {

        static RequestJson of(RequestView r) {
            return new RequestJson(Long.toString(r.id()), r.version(), r.ticket(), r.receivedAt(), r.source(), Ids.of(r.leadSourceId()),
                    Ids.of(r.webFormId()), r.status(), r.firstName(), r.lastName(), r.email(), r.phone(), r.companyName(), r.website(),
                    r.country(), r.city(), r.subject(), r.message(), r.remoteAddress(), r.userAgent(), r.duplicate(), r.supportCase(),
                    r.pending(), Ids.of(r.contactId()), Ids.of(r.companyId()), Ids.of(r.leadId()), r.matchVerified(),
                    Ids.of(r.dealId()), Long.toString(r.ownerId()), Ids.of(r.teamId()), r.createdAt(), r.updatedAt(),
                    Ids.of(r.createdBy()));
        }
    }
}
