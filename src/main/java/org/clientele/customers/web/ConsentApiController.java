package org.clientele.customers.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientele.customers.ConsentEvent;
import org.clientele.customers.ConsentForm;
import org.clientele.customers.ConsentManagement;
import org.clientele.customers.ConsentSource;
import org.clientele.customers.ConsentView;
import org.clientele.customers.MarketingConsent;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.web.Ids;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/contacts/{id}/consent")
@Tag(name = "Contacts", description = "People, possibly working at a company; lists and reads show only what the caller may see")
class ConsentApiController {

    static final Set<String> FIELDS = Set.of("emailMarketing", "doNotContact", "doNotContactReason", "emailAllowed", "phoneAllowed",
            "smsAllowed");
    static final Set<String> READ_ONLY = Set.of("emailMarketingChangedAt", "emailMarketingSource", "updatedAt", "marketingEmailAllowed");

    private final ConsentManagement consents;

    ConsentApiController(ConsentManagement consents) {
        this.consents = consents;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "A contact's consent and communication preferences", description = "404 as for GET /contacts/{id}.")
    ConsentJson get(@PathVariable long id) {
        return ConsentJson.of(consents.of(id));
    }

    @PatchMapping(consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('customers:write')")
    @Operation(summary = "Change a contact's consent (JSON merge patch)",
            description = "emailMarketing is UNKNOWN, OPTED_IN or OPTED_OUT; a change of it records the time and the source "
                    + "API. doNotContactReason is kept only while doNotContact is true. Every change is kept in the history.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ConsentInput.class)))
    ConsentJson change(@PathVariable long id, @RequestBody JsonNode patch, @AuthenticationPrincipal SignedInUser me) {
        ConsentForm base = consents.of(id).toForm();
        JsonFields json = JsonFields.of(patch).rejectUnknown(FIELDS, READ_ONLY);
        String marketing = json.text("emailMarketing", base.emailMarketing().name());
        ConsentForm form = new ConsentForm(marketing(marketing, json), json.bool("doNotContact", base.doNotContact()),
                json.text("doNotContactReason", base.doNotContactReason()), json.bool("emailAllowed", base.emailAllowed()),
                json.bool("phoneAllowed", base.phoneAllowed()), json.bool("smsAllowed", base.smsAllowed()));
        json.throwIfAny();
        return ConsentJson.of(consents.change(id, form, ConsentSource.API, me.userId()));
    }

    @GetMapping("/history")
    @PreAuthorize("hasAuthority('customers:read')")
    @Operation(summary = "The changes of a contact's consent", description = "Most recent first, at most 50.")
    HistoryJson history(@PathVariable long id) {
        return new HistoryJson(consents.history(id).stream().map(EventJson::of).toList());
    }

    private static MarketingConsent marketing(String value, JsonFields json) {
        try {
            return value == null ? null : MarketingConsent.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            json.reject("emailMarketing", "validation.consent.marketing-unknown");
            return null;
        }
    }

    /** What PATCH accepts; every member optional. */
    record ConsentInput(@Schema(allowableValues = {"UNKNOWN", "OPTED_IN", "OPTED_OUT"}) String emailMarketing,
            Boolean doNotContact, String doNotContactReason, Boolean emailAllowed, Boolean phoneAllowed, Boolean smsAllowed) {
    }

    record ConsentJson(MarketingConsent emailMarketing, Instant emailMarketingChangedAt, ConsentSource emailMarketingSource,
            boolean doNotContact, String doNotContactReason, boolean emailAllowed, boolean phoneAllowed, boolean smsAllowed,
            boolean marketingEmailAllowed, Instant updatedAt) {

        static ConsentJson of(ConsentView consent) {
            return new ConsentJson(consent.emailMarketing(), consent.emailMarketingChangedAt(), consent.emailMarketingSource(),
                    consent.doNotContact(), consent.doNotContactReason(), consent.emailAllowed(), consent.phoneAllowed(),
                    consent.smsAllowed(), consent.marketingEmailAllowed(), consent.updatedAt());
        }
    }

    record HistoryJson(List<EventJson> data) {
    }

    record EventJson(String id, Instant occurredAt, String userId, String kind, ConsentSource source, String value, String detail) {

        static EventJson of(ConsentEvent event) {
            return new EventJson(Long.toString(event.id()), event.occurredAt(), Ids.of(event.userId()), event.kind().name(),
                    event.source(), event.value(), event.detail());
        }
    }
}
