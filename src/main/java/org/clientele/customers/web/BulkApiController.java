package org.clientele.customers.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.clientele.customers.BulkActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** One action on many companies, contacts or leads at once, all or nothing. */
@RestController
@Tag(name = "Bulk actions", description = "Tag, untag, hand over or delete many companies, contacts or leads in one transaction")
class BulkApiController {

    private static final Set<String> FIELDS = Set.of("action", "ids", "tagId", "ownerId", "segmentId");

    private final BulkActions bulkActions;

    BulkApiController(BulkActions bulkActions) {
        this.bulkActions = bulkActions;
    }

    @PostMapping(path = {"/api/v1/companies/bulk", "/api/v1/contacts/bulk", "/api/v1/leads/bulk"}, consumes = "application/json")
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Apply one action to many records",
            description = "Body {\"action\", \"ids\": [...], \"tagId\"?, \"ownerId\"?}; action is add-tag or remove-tag (with tagId), "
                    + "change-owner (with ownerId), add-to-segment (contacts only, with the id of a static segment as segmentId) or delete; "
                    + "at most 200 ids. All or nothing: ids of records that do not exist "
                    + "or you may not see, an unknown action or tag give 422 and change nothing; a record that refuses the change "
                    + "(a company people still work at, a converted lead) gives 409 and changes nothing.")
    BulkResultJson apply(HttpServletRequest request, @RequestBody JsonNode body) {
        JsonFields json = JsonFields.of(body).rejectUnknown(FIELDS, Set.of());
        String action = json.text("action", null);
        Set<Long> ids = json.ids("ids", Set.of());
        Long tagId = json.id("tagId", null);
        Long ownerId = json.id("ownerId", null);
        Long segmentId = json.id("segmentId", null);
        json.throwIfAny();
        int count = bulkActions.apply(TaggedPaths.typeOf(request), action, List.copyOf(ids), tagId, ownerId, segmentId);
        return new BulkResultJson(action, count);
    }

    record BulkResultJson(String action, int count) {
    }
}
