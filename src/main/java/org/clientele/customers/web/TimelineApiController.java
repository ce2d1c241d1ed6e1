package org.clientele.customers.web;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.customers.EntryDirection;
import org.clientele.customers.TimelineEntryForm;
import org.clientele.customers.TimelineEntryView;
import org.clientele.customers.TimelineKind;
import org.clientele.customers.TimelineManagement;
import org.clientele.customers.TimelineSubject;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.Ids;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
@RequestMapping("/api/v1")
@Tag(name = "Timeline", description = "Notes, logged calls and meetings, and what other modules record, on companies, contacts and leads; "
        + "an entry is visible exactly when its record is")
class TimelineApiController {

    static final String ENTRIES = "/api/v1/timeline-entries/";

    /** The members each kind people write takes. */
    static final Map<String, Set<String>> FIELDS = Map.of(
            TimelineKind.NOTE, Set.of("body", "occurredAt"),
            TimelineKind.CALL, Set.of("direction", "status", "durationMinutes", "occurredAt", "body"),
            TimelineKind.MEETING, Set.of("title", "occurredAt", "durationMinutes", "location", "recipients", "body"));
    /** Members a GET returns that a PATCH lets through unread, so that what a GET returned can be sent back. */
    static final Set<String> READ_ONLY = Set.of("id", "subjectType", "subjectId", "kind", "authorId", "authorName", "sender", "channel",
            "sourceModule", "sourceReference", "createdAt", "updatedAt");
    /** Members of some kind; in a PATCH of another kind they are read and must be null (as a GET returns them). */
    static final Set<String> FORM_FIELDS = Set.of("occurredAt", "title", "body", "direction", "status", "durationMinutes", "location",
            "recipients");

    private final TimelineManagement timeline;

    TimelineApiController(TimelineManagement timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/companies/{id}/timeline")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "The company's timeline, newest first",
            description = "Pages by keyset on (occurredAt, id): pass `next` as `cursor`. kind (repeatable) keeps only entries of "
                    + "those kinds: NOTE, CALL, MEETING, EMAIL, STAGE_CHANGE, QUOTE, INVOICE, PAYMENT and any a module adds. "
                    + "404 if the company does not exist or you may not see it.")
    TimelinePageJson companyTimeline(@PathVariable long id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) @Parameter(description = "entry kind, such as NOTE; repeat for several") List<String> kind) {
        return list(TimelineSubject.company(id), limit, cursor, kind);
    }

    @PostMapping(path = "/companies/{id}/notes", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Write a note on the company's timeline",
            description = "body is HTML; only paragraphs, line breaks, bold, italic, underline, lists and http, https and mailto "
                    + "links are kept. occurredAt defaults to now.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NoteInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson addNote(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.company(id), TimelineKind.NOTE, body, response);
    }

    @PostMapping(path = "/companies/{id}/calls", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Log a call with the company",
            description = "direction (INBOUND, OUTBOUND) and status (the outcome: CONNECTED, NO_ANSWER, BUSY, VOICEMAIL, "
                    + "WRONG_NUMBER) are required; occurredAt defaults to now and may not lie ahead.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = CallInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson logCall(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.company(id), TimelineKind.CALL, body, response);
    }

    @PostMapping(path = "/companies/{id}/meetings", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Log a meeting with the company",
            description = "title and occurredAt (the start) are required; recipients holds the attendees as free text.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MeetingInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson logMeeting(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.company(id), TimelineKind.MEETING, body, response);
    }

    @GetMapping("/contacts/{id}/timeline")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "The contact's timeline, newest first",
            description = "As the company's timeline. 404 if the contact does not exist or you may not see it.")
    TimelinePageJson contactTimeline(@PathVariable long id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) @Parameter(description = "entry kind, such as NOTE; repeat for several") List<String> kind) {
        return list(TimelineSubject.contact(id), limit, cursor, kind);
    }

    @PostMapping(path = "/contacts/{id}/notes", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Write a note on the contact's timeline", description = "As a note on a company.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NoteInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson addContactNote(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.contact(id), TimelineKind.NOTE, body, response);
    }

    @PostMapping(path = "/contacts/{id}/calls", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Log a call with the contact", description = "As a call with a company.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = CallInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson logContactCall(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.contact(id), TimelineKind.CALL, body, response);
    }

    @PostMapping(path = "/contacts/{id}/meetings", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Log a meeting with the contact", description = "As a meeting with a company.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MeetingInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson logContactMeeting(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.contact(id), TimelineKind.MEETING, body, response);
    }

    @GetMapping("/leads/{id}/timeline")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "The lead's timeline, newest first",
            description = "As the company's timeline. 404 if the lead does not exist or you may not see it.")
    TimelinePageJson leadTimeline(@PathVariable long id, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) @Parameter(description = "entry kind, such as NOTE; repeat for several") List<String> kind) {
        return list(TimelineSubject.lead(id), limit, cursor, kind);
    }

    @PostMapping(path = "/leads/{id}/notes", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Write a note on the lead's timeline", description = "As a note on a company.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NoteInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson addLeadNote(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.lead(id), TimelineKind.NOTE, body, response);
    }

    @PostMapping(path = "/leads/{id}/calls", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Log a call with the lead", description = "As a call with a company.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = CallInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson logLeadCall(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.lead(id), TimelineKind.CALL, body, response);
    }

    @PostMapping(path = "/leads/{id}/meetings", consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Log a meeting with the lead", description = "As a meeting with a company.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = MeetingInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    TimelineEntryJson logLeadMeeting(@PathVariable long id, @RequestBody JsonNode body, HttpServletResponse response) {
        return add(TimelineSubject.lead(id), TimelineKind.MEETING, body, response);
    }

    @GetMapping("/timeline-entries/{id}")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "One timeline entry", description = "404 if it does not exist or you may not see its record.")
    TimelineEntryJson get(@PathVariable long id) {
        return TimelineEntryJson.of(existing(id));
    }

    @PatchMapping(path = "/timeline-entries/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Change an entry you wrote (JSON merge patch)",
            description = "Takes the members its kind takes when created, and version. Only the author or a user administrator "
                    + "may change an entry: to anyone else it answers 404, as if missing. Entries other modules recorded answer 409.")
    TimelineEntryJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        TimelineEntryView current = existing(id);
        JsonFields json = JsonFields.of(patch);
        Long version = json.id("version", null);
        TimelineEntryForm form = read(patch, current.kind(), current.toForm(), true);
        return TimelineEntryJson.of(timeline.change(id, form, version));
    }

    @DeleteMapping("/timeline-entries/{id}")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Delete an entry you wrote",
            description = "Only the author or a user administrator: to anyone else it answers 404. Entries other modules recorded "
                    + "answer 409.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        timeline.delete(id);
        return ResponseEntity.noContent().build();
    }

    private TimelinePageJson list(TimelineSubject subject, Integer limit, String cursor, List<String> kind) {
        CursorPage<TimelineEntryView> page = timeline.list(subject, kind == null ? List.of() : kind,
                PageRequest.of(limit, null, cursor, TimelineManagement.defaultSort()));
        return new TimelinePageJson(page.data().stream().map(TimelineEntryJson::of).toList(), page.next());
    }

    private TimelineEntryJson add(TimelineSubject subject, String kind, JsonNode body, HttpServletResponse response) {
        TimelineEntryView created = timeline.add(subject, kind, read(body, kind, TimelineEntryForm.empty(), false));
        return Created.at(response, ENTRIES + created.id(), TimelineEntryJson.of(created));
    }

    private TimelineEntryView existing(long id) {
        return timeline.find(id).orElseThrow(() -> new RecordNotFoundException("TimelineEntry", id));
    }

    /**
     * The body merged onto the base form. A POST takes only the kind's members; a PATCH also lets
     * through what a GET returns, and the service refuses a value in a member the kind does not take.
     */
    private static TimelineEntryForm read(JsonNode body, String kind, TimelineEntryForm base, boolean patch) {
        Set<String> known = new HashSet<>(FIELDS.getOrDefault(kind, Set.of()));
        if (patch) {
            known.add("version");
        }
        Set<String> alsoAccepted = new HashSet<>();
        if (patch) {
            alsoAccepted.addAll(READ_ONLY);
            alsoAccepted.addAll(FORM_FIELDS);
        }
        JsonFields json = JsonFields.of(body).rejectUnknown(known, alsoAccepted);
        TimelineEntryForm form = new TimelineEntryForm(json.instant("occurredAt", base.occurredAt()), json.text("title", base.title()),
                json.text("body", base.body()), json.constant("direction", EntryDirection.class, base.direction()),
                json.text("status", base.status()), json.integer("durationMinutes", base.durationMinutes()),
                json.text("location", base.location()), json.text("recipients", base.recipients()));
        json.throwIfAny();
        return form;
    }

    record NoteInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "HTML") String body, Instant occurredAt,
            @Schema(description = "PATCH only: the version you changed") Long version) {
    }

    record CallInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) EntryDirection direction,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CONNECTED", "NO_ANSWER", "BUSY", "VOICEMAIL",
                    "WRONG_NUMBER"}, description = "the outcome") String status,
            @Schema(minimum = "0", maximum = "1440") Integer durationMinutes, Instant occurredAt, String body, Long version) {
    }

    record MeetingInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the start") Instant occurredAt,
            @Schema(minimum = "0", maximum = "1440") Integer durationMinutes, String location,
            @Schema(description = "the attendees, as free text") String recipients, String body, Long version) {
    }

    record TimelinePageJson(List<TimelineEntryJson> data, String next) {
    }

    record TimelineEntryJson(String id, long version, String subjectType, String subjectId, String kind, Instant occurredAt,
            String authorId, String authorName, String sender, String recipients, String channel, String status,
            EntryDirection direction, String title, String body, Integer durationMinutes, String location, String sourceModule,
            String sourceReference, Instant createdAt, Instant updatedAt) {

        static TimelineEntryJson of(TimelineEntryView entry) {
            return new TimelineEntryJson(Long.toString(entry.id()), entry.version(), entry.subject().type(),
                    Long.toString(entry.subject().id()), entry.kind(), entry.occurredAt(), Ids.of(entry.authorId()), entry.authorName(),
                    entry.sender(), entry.recipients(), entry.channel(), entry.status(), entry.direction(), entry.title(), entry.body(),
                    entry.durationMinutes(), entry.location(), entry.sourceModule(), entry.sourceReference(), entry.createdAt(),
                    entry.updatedAt());
        }
    }
}
