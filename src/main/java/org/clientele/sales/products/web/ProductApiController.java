package org.clientele.sales.products.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.SignedInUser;
import org.clientele.sales.products.PriceSource;
import org.clientele.sales.products.ProductCatalog;
import org.clientele.sales.products.ProductFilter;
import org.clientele.sales.products.ProductForm;
import org.clientele.sales.products.ProductKind;
import org.clientele.sales.products.ProductManagement;
import org.clientele.sales.products.ProductPrice;
import org.clientele.sales.products.ProductStage;
import org.clientele.sales.products.ProductSummary;
import org.clientele.sales.products.ProductView;
import org.clientele.sales.products.StageChangeView;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.InvalidInputException.FieldProblem;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Created;
import org.clientele.shared.web.Ids;
import org.clientele.shared.web.MoneyJson;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/products")
@Tag(name = "Products", description = "The catalogue of goods and services, their stages in the product tracker and their prices")
class ProductApiController {

    static final Set<String> FIELDS = Set.of("name", "code", "kind", "description", "unit", "listPrice", "onSale", "categoryId",
            "stage", "version");
    static final Set<String> READ_ONLY = Set.of("id", "stageEnteredAt", "createdAt", "updatedAt", "createdBy");

    private final ProductManagement products;
    private final ProductCatalog catalog;

    ProductApiController(ProductManagement products, ProductCatalog catalog) {
        this.products = products;
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "List products", description = "Pages by keyset: pass `next` as `cursor`. sort: name, -name, createdAt, "
            + "-createdAt. q matches text in the name or the start of the code; categoryId includes a top-level category's "
            + "sub-categories.")
    CursorPage<ProductListJson> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long categoryId,
            @RequestParam(required = false) @Parameter(description = "GOODS or SERVICE") String kind,
            @RequestParam(required = false) Boolean onSale,
            @RequestParam(required = false) @Parameter(description = "DEVELOPMENT, PRODUCTION, DELIVERY or RETIRED") String stage) {
        ProductFilter filter = new ProductFilter(q, categoryId, constant("kind", ProductKind.class, kind), onSale,
                constant("stage", ProductStage.class, stage));
        return products.list(filter, PageRequest.of(limit, sort, cursor, ProductManagement.defaultSort())).map(ProductListJson::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "One product")
    ProductJson get(@PathVariable long id) {
        return ProductJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Create a product", description = "name, unit and listPrice are required; kind defaults to GOODS, "
            + "stage to DEVELOPMENT, onSale to true. code (the SKU) is kept in capitals and must be unique.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ProductInput.class)))
    @ResponseStatus(HttpStatus.CREATED)
    ProductJson create(@RequestBody JsonNode body, @AuthenticationPrincipal SignedInUser me, HttpServletResponse response) {
        ProductForm blank = new ProductForm(null, null, ProductKind.GOODS, null, null, null, null, true, null, ProductStage.DEVELOPMENT);
        ProductView created = inApiTerms(() -> products.create(me.userId(), apply(body, blank)));
        return Created.at(response, "/api/v1/products/" + created.id(), ProductJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Change a product (JSON merge patch)", description = "A new stage is recorded in the stage history. "
            + "Send version to have the change refused with 409 if someone else saved the product since.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ProductInput.class)))
    ProductJson change(@PathVariable long id, @RequestBody JsonNode patch, @AuthenticationPrincipal SignedInUser me) {
        ProductView current = existing(id);
        ProductForm form = apply(patch, current.toForm());
        Long version = patch.has("version") && patch.get("version").canConvertToLong() ? patch.get("version").longValue() : null;
        return ProductJson.of(inApiTerms(() -> products.change(id, form, version, me.userId())));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Delete a product", description = "409 if a price list or a deal uses it: set onSale to false instead.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        products.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/stages")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "The product's stage history, the current stage first")
    List<StageJson> stages(@PathVariable long id) {
        return products.stageHistory(id).stream().map(StageJson::of).toList();
    }

    @GetMapping("/{id}/price")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "The price of one unit for a customer", description = "The most specific entry of an active price list in "
            + "the currency valid on the date, for the company type or everyone (the company type's lists first, then the list "
            + "that began last); else the list price if it is in the currency. price is null when there is none.")
    PriceJson price(@PathVariable long id, @RequestParam(required = false) String currency,
            @RequestParam(required = false) Long companyTypeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "ISO date; today when left out") LocalDate date) {
        existing(id);
        if (currency == null || !CurrencyCode.isValid(currency)) {
            throw InvalidInputException.of("currency", currency == null ? "validation.products.required"
                    : "validation.products.currency-unknown");
        }
        LocalDate on = date == null ? LocalDate.now() : date;
        return catalog.priceFor(id, CurrencyCode.of(currency), companyTypeId, on).map(PriceJson::of)
                .orElse(new PriceJson(Long.toString(id), null, null, null, null));
    }

    static <E extends Enum<E>> E constant(String field, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E constant = ProductPageController.enumOrNull(type, value);
        if (constant == null) {
            throw InvalidInputException.of(field, "validation.products.json-constant");
        }
        return constant;
    }

    /** Names the service's price and currency problems as the JSON members they come from. */
    private static ProductView inApiTerms(Supplier<ProductView> write) {
        try {
            return write.get();
        }
        catch (InvalidInputException ex) {
            throw new InvalidInputException(ex.problems().stream().map(problem -> switch (problem.field()) {
                case "price" -> new FieldProblem("listPrice.amount", problem.messageCode(), problem.arguments());
                case "currency" -> new FieldProblem("listPrice.currency", problem.messageCode(), problem.arguments());
                default -> problem;
            }).toList());
        }
    }

    private ProductView existing(long id) {
        return products.find(id).orElseThrow(() -> new RecordNotFoundException("Product", id));
    }

    private static ProductForm apply(JsonNode body, ProductForm base) {
        JsonInput json = JsonInput.of(body, FIELDS, READ_ONLY);
        JsonInput price = json.object("listPrice", Set.of("amount", "currency"));
        boolean priceCleared = json.has("listPrice") && body.get("listPrice").isNull();
        ProductForm form = new ProductForm(json.text("name", base.name()), json.text("code", base.code()),
                json.constant("kind", ProductKind.class, base.kind()), json.text("description", base.description()),
                json.text("unit", base.unit()),
                priceCleared ? null : price == null ? base.price() : price.decimal("amount", base.price()),
                priceCleared ? null : price == null ? base.currency() : price.text("currency", base.currency()),
                json.bool("onSale", base.onSale()), json.id("categoryId", base.categoryId()),
                json.constant("stage", ProductStage.class, base.stage()));
        json.id("version", null);
        json.throwIfAny();
        return form;
    }

    /** What POST and PATCH accept; every member optional in a PATCH. */
    record ProductInput(String name, String code, ProductKind kind, String description, String unit, MoneyJson listPrice,
            Boolean onSale, String categoryId, ProductStage stage, @Schema(description = "PATCH only: the version you changed") Long version) {
    }

    record ProductListJson(String id, String name, String code, ProductKind kind, String unit, MoneyJson listPrice, boolean onSale,
            String categoryId, String categoryName, ProductStage stage) {

        static ProductListJson of(ProductSummary product) {
            return new ProductListJson(Long.toString(product.id()), product.name(), product.code(), product.kind(), product.unit(),
                    MoneyJson.exactToMinorUnit(product.listPrice()), product.onSale(), Ids.of(product.categoryId()), product.categoryName(),
                    product.stage());
        }
    }

    record ProductJson(String id, long version, String name, String code, ProductKind kind, String description, String unit,
            MoneyJson listPrice, boolean onSale, String categoryId, ProductStage stage, Instant stageEnteredAt, Instant createdAt,
            Instant updatedAt, String createdBy) {

        static ProductJson of(ProductView product) {
            return new ProductJson(Long.toString(product.id()), product.version(), product.name(), product.code(), product.kind(),
                    product.description(), product.unit(), MoneyJson.exactToMinorUnit(product.listPrice()), product.onSale(),
                    Ids.of(product.categoryId()), product.stage(), product.stageEnteredAt(), product.createdAt(), product.updatedAt(),
                    Ids.of(product.createdBy()));
        }
    }

    record StageJson(ProductStage stage, Instant enteredAt, Instant leftAt, String changedBy) {

        static StageJson of(StageChangeView change) {
            return new StageJson(change.stage(), change.enteredAt(), change.leftAt(), Ids.of(change.changedBy()));
        }
    }

    record PriceJson(String productId, MoneyJson price, PriceSource source, String priceListId, String priceListName) {

        static PriceJson of(ProductPrice price) {
            return new PriceJson(Long.toString(price.productId()), MoneyJson.exactToMinorUnit(price.price()), price.source(),
                    Ids.of(price.priceListId()), price.priceListName());
        }
    }
}
