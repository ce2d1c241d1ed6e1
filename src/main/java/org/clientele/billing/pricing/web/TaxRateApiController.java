package org.clientele.billing.pricing.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.billing.pricing.TaxRateForm;
import org.clientele.billing.pricing.TaxRateManagement;
import org.clientele.billing.pricing.TaxRateView;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.JsonBodies;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/tax-rates")
@Tag(name = "Tax rates", description = "The rates quotation and invoice lines copy their tax from")
class TaxRateApiController {

    private final TaxRateManagement rates;
    private final JsonMapper json;

    TaxRateApiController(TaxRateManagement rates, JsonMapper json) {
        this.rates = rates;
        this.json = json;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "Every tax rate", description = "Active rates first, by name; a short list, so one page holds all (next is always null).")
    TaxRatePageJson list() {
        return new TaxRatePageJson(rates.all().stream().map(TaxRateJson::of).toList(), null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('billing:read')")
    @Operation(summary = "One tax rate")
    TaxRateJson get(@PathVariable long id) {
        return TaxRateJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Create a tax rate", description = "percent is a decimal string from \"0\" to \"100\"; isDefault true makes it the "
            + "rate new lines start with, in place of the previous default.")
    @ResponseStatus(HttpStatus.CREATED)
    TaxRateJson create(@RequestBody JsonNode body, HttpServletResponse response) {
        TaxRateInput input = JsonBodies.read(json, body, TaxRateInput.class);
        TaxRateView created = rates.save(null, input.form(), !Boolean.FALSE.equals(input.active()), Boolean.TRUE.equals(input.isDefault()));
        return Created.at(response, "/api/v1/tax-rates/" + created.id(), TaxRateJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('settings:admin')")
    @Operation(summary = "Change a tax rate (JSON merge patch)", description = "active false deactivates it (documents keep the tax they "
            + "copied) and an inactive rate is never the default; isDefault true makes it the default, false leaves no default.")
    TaxRateJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        TaxRateView current = existing(id);
        TaxRateInput input = JsonBodies.patched(json, TaxRateInput.of(current), patch, TaxRateInput.class);
        return TaxRateJson.of(rates.save(id, input.form(), !Boolean.FALSE.equals(input.active()), Boolean.TRUE.equals(input.isDefault())));
    }

    private TaxRateView existing(long id) {
        return rates.find(id).orElseThrow(() -> new RecordNotFoundException("TaxRate", id));
    }

    /** The JSON name is fixed, so that it never depends on how Jackson treats an {@code is} prefix. */
    record TaxRateInput(String id, String name, BigDecimal percent, Boolean includedByDefault, Boolean active,
            @JsonProperty("isDefault") Boolean isDefault) {

        static TaxRateInput of(TaxRateView rate) {
            return new TaxRateInput(Long.toString(rate.id()), rate.name(), rate.percent(), rate.includedByDefault(), rate.active(),
                    rate.isDefault());
        }

        TaxRateForm form() {
            return new TaxRateForm(name, percent, Boolean.TRUE.equals(includedByDefault));
        }
    }

    record TaxRatePageJson(List<TaxRateJson> data, String next) {
    }

    record TaxRateJson(String id, String name, String percent, boolean includedByDefault, boolean active, boolean isDefault) {

        static TaxRateJson of(TaxRateView rate) {
            return new TaxRateJson(Long.toString(rate.id()), rate.name(), rate.percent().stripTrailingZeros().toPlainString(),
                    rate.includedByDefault(), rate.active(), rate.isDefault());
        }
    }
}
