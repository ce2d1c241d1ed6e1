package org.clientele.sales.products.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.sales.products.CategoryForm;
import org.clientele.sales.products.CategoryManagement;
import org.clientele.sales.products.CategoryView;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/product-categories")
@Tag(name = "Product categories", description = "A tree of two levels that groups products")
class CategoryApiController {

    static final Set<String> FIELDS = Set.of("name", "parentId", "position", "active");

    private final CategoryManagement categories;

    CategoryApiController(CategoryManagement categories) {
        this.categories = categories;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "Every category", description = "Each top-level category followed by its sub-categories; a short list, "
            + "so one page holds all (next is always null).")
    CategoryPageJson list() {
        return new CategoryPageJson(categories.tree().stream().map(CategoryJson::of).toList(), null);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "One category")
    CategoryJson get(@PathVariable long id) {
        return CategoryJson.of(existing(id));
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Create a category", description = "parentId must be a top-level category.")
    @ResponseStatus(HttpStatus.CREATED)
    CategoryJson create(@RequestBody JsonNode body, HttpServletResponse response) {
        CategoryView created = categories.create(apply(body, new CategoryForm(null, null, 0, true)));
        return Created.at(response, "/api/v1/product-categories/" + created.id(), CategoryJson.of(created));
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Change a category (JSON merge patch)")
    CategoryJson change(@PathVariable long id, @RequestBody JsonNode patch) {
        CategoryView current = existing(id);
        return CategoryJson.of(categories.change(id, apply(patch, new CategoryForm(current.name(), current.parentId(),
                current.position(), current.active()))));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('sales:write')")
    @Operation(summary = "Delete a category", description = "409 while products or sub-categories use it: set active to false instead.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        categories.delete(id);
        return ResponseEntity.noContent().build();
    }

    private CategoryView existing(long id) {
        return categories.find(id).orElseThrow(() -> new RecordNotFoundException("ProductCategory", id));
    }

    private static CategoryForm apply(JsonNode body, CategoryForm base) {
        JsonInput json = JsonInput.of(body, FIELDS, Set.of("id"));
        Long position = json.id("position", (long) base.position());
        CategoryForm form = new CategoryForm(json.text("name", base.name()), json.id("parentId", base.parentId()),
                position == null ? 0 : (int) Math.min(position, Integer.MAX_VALUE), json.bool("active", base.active()));
        json.throwIfAny();
        return form;
    }

    record CategoryPageJson(List<CategoryJson> data, String next) {
    }

    record CategoryJson(String id, String name, String parentId, int position, boolean active) {

        static CategoryJson of(CategoryView category) {
            return new CategoryJson(Long.toString(category.id()), category.name(), Ids.of(category.parentId()), category.position(),
                    category.active());
        }
    }
}
