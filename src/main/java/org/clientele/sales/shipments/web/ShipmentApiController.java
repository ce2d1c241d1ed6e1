package org.clientele.sales.shipments.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.sales.shipments.ShipmentManagement;
import org.clientele.sales.shipments.ShipmentTracker;
import org.clientele.sales.shipments.ShipmentView;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.JsonBodies;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Shipments", description = "Planned and actual delivery of deals' product lines")
class ShipmentApiController {

    private final ShipmentManagement shipments;
    private final ShipmentTracker tracker;
    private final JsonMapper json;

    ShipmentApiController(ShipmentManagement shipments, ShipmentTracker tracker, JsonMapper json) {
        this.shipments = shipments;
        this.tracker = tracker;
        this.json = json;
    }

    @GetMapping("/api/v1/shipments")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "The delivery tracker", description = "status=open (default): not shipped yet, soonest planned first, "
            + "unplanned last; status=shipped: latest first. Cursor pages.")
    CursorPage<TrackedShipmentJson> list(@RequestParam(defaultValue = "open") String status, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return switch (status) {
            case "open" -> tracker.toShip(PageRequest.of(limit, null, cursor, "plannedOn")).map(TrackedShipmentJson::of);
            case "shipped" -> tracker.shipped(PageRequest.of(limit, null, cursor, "-shippedOn")).map(TrackedShipmentJson::of);
            default -> throw InvalidInputException.of("status", "validation.shipments.status");
        };
    }

    @GetMapping("/api/v1/deals/{dealId}/shipments")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "A deal's shipments", description = "404 if the deal does not exist or you may not see it.")
    List<ShipmentJson> forDeal(@PathVariable long dealId) {
        return shipments.forDeal(dealId).stream().map(ShipmentJson::of).toList();
    }

    @PostMapping(path = "/api/v1/deals/{dealId}/shipments", consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Plan or record a shipment of one of the deal's lines", description = "dealLineId and quantity are "
            + "required; the line's shipments together may not exceed its quantity. With shippedOn (not in the future) it is "
            + "recorded as shipped, which moves an open deal to its pipeline's shipment stage when one is set.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ShipmentInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    ShipmentJson plan(@PathVariable long dealId, @RequestBody JsonNode body, HttpServletResponse response) {
        ShipmentView planned = shipments.plan(dealId, JsonBodies.read(json, body, ShipmentInput.class).toForm());
        return Created.at(response, "/api/v1/shipments/" + planned.id(), ShipmentJson.of(planned));
    }

    @GetMapping("/api/v1/shipments/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "One shipment", description = "404 if it does not exist or you may not see its deal.")
    ShipmentJson get(@PathVariable long id) {
        return ShipmentJson.of(existing(id));
    }

    @PatchMapping(path = "/api/v1/shipments/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Change a shipment (JSON merge patch)", description = "Its line stays. Send version to have the change "
            + "refused with 409 if someone else saved it since.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ShipmentInput.class)))
    ShipmentJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        ShipmentInput current = ShipmentInput.of(existing(id));
        ShipmentInput changed = JsonBodies.patched(json, current, patch, ShipmentInput.class);
        Long expectedVersion = patch.has("version") ? changed.version() : null;
        return ShipmentJson.of(shipments.change(id, changed.toForm(), expectedVersion));
    }

    @PostMapping("/api/v1/shipments/{id}/shipped")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Record a planned shipment as shipped", description = "On the date given (ISO, not in the future), "
            + "today without one.")
    ShipmentJson markShipped(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate shippedOn) {
        return ShipmentJson.of(shipments.markShipped(id, shippedOn));
    }

    @DeleteMapping("/api/v1/shipments/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Delete a shipment")
    ResponseEntity<Void> delete(@PathVariable long id) {
        existing(id);
        shipments.delete(id);
        return ResponseEntity.noContent().build();
    }

    private ShipmentView existing(long id) {
        return shipments.find(id).orElseThrow(() -> new RecordNotFoundException("Shipment", id));
    }
}
