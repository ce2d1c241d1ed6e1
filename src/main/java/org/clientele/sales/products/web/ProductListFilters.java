package org.clientele.sales.products.web;

import org.clientele.sales.products.ProductKind;
import org.clientele.sales.products.ProductStage;
import org.springframework.web.util.UriComponentsBuilder;

/** The filters the product list shows, and links that keep them. */
record ProductListFilters(String q, Long categoryId, ProductKind kind, Boolean onSale, ProductStage stage, String sort) {

    /** The list in the given sort and from the given cursor, with the same filters. */
    public String link(String sort, String cursor) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/products");
        if (q != null && !q.isBlank()) {
            uri.queryParam("q", q.strip());
        }
        add(uri, "categoryId", categoryId);
        add(uri, "kind", kind);
        add(uri, "onSale", onSale);
        add(uri, "stage", stage);
        add(uri, "sort", sort);
        add(uri, "cursor", cursor);
        return uri.encode().build().toUriString();
    }

    /** The sort a column header switches to: ascending first (creation newest first), then the other way. */
    public String toggled(String field) {
        if (field.equals("createdAt")) {
            return sort.equals("-createdAt") ? "createdAt" : "-createdAt";
        }
        return sort.equals(field) ? "-" + field : field;
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the header's aria-sort. */
    public String ariaSort(String field) {
        return sort.equals(field) ? "ascending" : sort.equals("-" + field) ? "descending" : "none";
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
