package org.clientele.sales.deals.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.SignedInUser;
import org.clientele.sales.deals.DealForm;
import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.sales.deals.StageHistoryEntry;
import org.clientele.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/deals")
@Tag(name = "Deals", description = "Deals in pipelines: create, change, move through stages, win, lose, reopen, product lines")
class DealApiController {

    private final DealManagement deals;
    private final JsonMapper json;

    DealApiController(DealManagement deals, JsonMapper json) {
        this.deals = deals;
        this.json = json;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "One deal, with its product lines", description = "404 if it does not exist or you may not see it.")
    DealJson get(@PathVariable long id) {
        return DealJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Create a deal", description = "name and currency (or amount with its currency) are required. stageId "
            + "puts it in that stage; else pipelineId in that pipeline's first open stage; else the default pipeline of its team. "
            + "A lost stage needs a closingReasonId that is not a success. ownerId defaults to you, teamId to your first team; "
            + "companyId, contactId and leadId must be records you may see. Product lines are set with PUT /{id}/lines.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = DealInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    DealJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me, HttpServletResponse response) {
        DealForm blank = deals.newForm(me.userId(), null, null);
        DealInput input = DealInput.patched(json, DealInput.of(blank, null), body);
        DealView created = deals.create(me.userId(), input.onto(blank));
        return Created.at(response, "/api/v1/deals/" + created.id(), DealJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Change a deal (JSON merge patch)", description = "Only the members sent change; null clears an optional "
            + "one. The stage changes only through POST /{id}/stage, /win, /lose and /reopen (422 on stageId or pipelineId here). "
            + "With product lines the amount stays their sum. Send version to have the change refused with 409 if someone else "
            + "saved the deal since.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = DealInput.class)))
    DealJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        DealView current = existing(id);
        DealInput before = DealInput.of(current);
        DealInput after = DealInput.patched(json, before, patch);
        if (!Objects.equals(after.stageId(), before.stageId())) {
            throw InvalidInputException.of("stageId", "validation.deals.move-through-stage");
        }
        if (!Objects.equals(after.pipelineId(), before.pipelineId())) {
            throw InvalidInputException.of("pipelineId", "validation.deals.move-through-stage");
        }
        Long version = patch.has("version") ? after.version() : null;
        return DealJson.of(deals.change(id, after.onto(current.toForm()), version));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Delete a deal", description = "With its product lines and stage history.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        deals.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/stage", consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Move a deal to a stage of its pipeline", description = "Body {\"stageId\": \"…\", \"closingReasonId\": "
            + "\"…\"}. A lost stage needs a reason that is not a success (422 on closingReasonId); a won stage takes an optional "
            + "success reason; an open stage none. The stage must be active and in the deal's pipeline (422 on stageId).")
    DealJson move(@PathVariable long id, @RequestBody JsonNode body) {
        StageInput input = DealInput.read(json, body, StageInput.class);
        if (input.stageId() == null) {
            throw InvalidInputException.of("stageId", "validation.customers.required");
        }
        return DealJson.of(deals.moveToStage(id, input.stageId(), input.closingReasonId()));
    }

    @PostMapping("/{id}/win")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Win a deal", description = "Moves it to its pipeline's first won stage. Optional body "
            + "{\"closingReasonId\": \"…\"} with a success reason. 409 if it is won already.")
    DealJson win(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        return DealJson.of(deals.win(id, reason(body)));
    }

    @PostMapping("/{id}/lose")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Lose a deal", description = "Moves it to its pipeline's first lost stage. Body {\"closingReasonId\": "
            + "\"…\"} with a reason that is not a success: required (422). 409 if it is lost already.")
    DealJson lose(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        return DealJson.of(deals.lose(id, reason(body)));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Reopen a won or lost deal", description = "Back to the open stage it was in last. 409 if it is open.")
    DealJson reopen(@PathVariable long id) {
        return DealJson.of(deals.reopen(id));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "The stages a deal has been in", description = "Oldest first; leftAt is null for the current stage, "
            + "whose duration runs until now. duration is ISO-8601 (PT72H).")
    List<HistoryJson> history(@PathVariable long id) {
        return deals.history(id).stream().map(HistoryJson::of).toList();
    }

    @PutMapping(path = "/{id}/lines", consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Replace a deal's product lines", description = "Body: the whole list, in order, of {productId, "
            + "description, quantity, unitPrice, discountPercent}; [] removes them all. Each line's amount is quantity × unitPrice "
            + "× (1 − discountPercent/100) rounded to the currency's minor unit; the deal's amount becomes their sum.")
    DealJson replaceLines(@PathVariable long id, @RequestBody JsonNode body) {
        existing(id);
        return DealJson.of(deals.replaceLines(id, DealInput.lines(json, body).stream().map(DealInput.LineInput::toForm).toList()));
    }

    private Long reason(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return null;
        }
        return DealInput.read(json, body, ReasonInput.class).closingReasonId();
    }

    private DealView existing(long id) {
        return deals.find(id).orElseThrow(() -> new RecordNotFoundException("Deal", id));
    }

    record StageInput(Long stageId, Long closingReasonId) {
    }

    record ReasonInput(Long closingReasonId) {
    }

    record HistoryJson(String stageId, String stageName, String outcome, Instant enteredAt, Instant leftAt, String duration,
            String movedBy) {

        static HistoryJson of(StageHistoryEntry entry) {
            return new HistoryJson(Ids.of(entry.stageId()), entry.stageName(), entry.outcome().name(), entry.enteredAt(),
                    entry.leftAt(), entry.duration().toString(), Ids.of(entry.movedBy()));
        }
    }
}
