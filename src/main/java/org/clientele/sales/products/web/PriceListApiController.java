package org.clientele.sales.products.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.sales.products.PriceListForm;
import org.clientele.sales.products.PriceListManagement;
import org.clientele.sales.products.PriceListView;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;
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
@RequestMapping("/api/v1/price-lists")
@Tag(name = "Price lists", description = "Prices of products per currency and company type, valid between dates")
class PriceListApiController {

    static final Set<String> FIELDS = Set.of("name", "currency", "companyTypeId", "validFrom", "validTo", "active", "entries",
            "version");
    static final Set<String> READ_ONLY = Set.of("id", "createdAt", "updatedAt");
    static final Set<String> ENTRY_FIELDS = Set.of("productId", "price");
    static final Set<String> ENTRY_READ_ONLY = Set.of("productName", "productCode");

    private final PriceListManagement priceLists;

    PriceListApiController(PriceListManagement priceLists) {
        this.priceLists = priceLists;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "List price lists with their entries", description = "In the order they were made; pass `next` as `cursor`.")
    CursorPage<PriceListJson> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return priceLists.list(PageRequest.of(limit, null, cursor, "createdAt")).map(PriceListJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "One price list with its entries")
    PriceListJson get(@PathVariable long id) {
        return PriceListJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Create a price list", description = "name and currency are required; companyTypeId is a company type "
            + "(/api/v1/company-types) or null for every customer; entries: [{\"productId\", \"price\"}], prices in the list's "
            + "currency, each product once.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = PriceListInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    PriceListJson create(@RequestBody JsonNode body, HttpServletResponse response) {
        PriceListView created = priceLists.create(apply(body, new PriceListForm(null, null, null, null, null, true, List.of())));
        return Created.at(response, "/api/v1/price-lists/" + created.id(), PriceListJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Change a price list (JSON merge patch)", description = "entries, when sent, replace every entry.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = PriceListInput.class)))
    PriceListJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        PriceListView current = existing(id);
        PriceListForm form = apply(patch, current.toForm());
        Long version = patch.has("version") && patch.get("version").canConvertToLong() ? patch.get("version").longValue() : null;
        return PriceListJson.of(priceLists.change(id, form, version));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Delete a price list and its entries")
    ResponseEntity<Void> delete(@PathVariable long id) {
        priceLists.delete(id);
        return ResponseEntity.noContent().build();
    }

    private PriceListView existing(long id) {
        return priceLists.find(id).orElseThrow(() -> new RecordNotFoundException("PriceList", id));
    }

    private static PriceListForm apply(JsonNode body, PriceListForm base) {
        JsonInput json = JsonInput.of(body, FIELDS, READ_ONLY);
        List<PriceListForm.Entry> entries = base.entries();
        if (json.has("entries")) {
            entries = json.objects("entries", ENTRY_FIELDS, ENTRY_READ_ONLY).stream()
                    .map(entry -> new PriceListForm.Entry(entry.id("productId", null), price(entry))).toList();
        }
        PriceListForm form = new PriceListForm(json.text("name", base.name()), json.text("currency", base.currency()),
                json.id("companyTypeId", base.companyTypeId()), json.date("validFrom", base.validFrom()),
                json.date("validTo", base.validTo()), json.bool("active", base.active()), entries);
        json.id("version", null);
        json.throwIfAny();
        return form;
    }

    /** An entry's price as a decimal, or in the money shape a GET returns (its currency is the list's). */
    private static BigDecimal price(JsonInput entry) {
        JsonInput money = entry.isObject("price") ? entry.object("price", Set.of("amount", "currency")) : null;
        return money == null ? entry.decimal("price", null) : money.decimal("amount", null);
    }

    /** What POST and PATCH accept; every member optional in a PATCH. */
    record PriceListInput(String name, String currency, String companyTypeId, LocalDate validFrom, LocalDate validTo, Boolean active,
            List<EntryInput> entries, @Schema(description = "PATCH only: the version you changed") Long version) {
    }

    record EntryInput(String productId, BigDecimal price) {
    }

    record PriceListJson(String id, long version, String name, String currency, String companyTypeId, LocalDate validFrom,
            LocalDate validTo, boolean active, List<EntryJson> entries, Instant createdAt, Instant updatedAt) {

        static PriceListJson of(PriceListView list) {
            return new PriceListJson(Long.toString(list.id()), list.version(), list.name(), list.currency().value(),
                    Ids.of(list.companyTypeId()), list.validFrom(), list.validTo(), list.active(),
                    list.entries().stream().map(EntryJson::of).toList(), list.createdAt(), list.updatedAt());
        }
    }

    record EntryJson(String productId, String productName, String productCode, MoneyJson price) {

        static EntryJson of(PriceListView.Entry entry) {
            return new EntryJson(Long.toString(entry.productId()), entry.productName(), entry.productCode(),
                    MoneyJson.exactToMinorUnit(entry.price()));
        }
    }
}
