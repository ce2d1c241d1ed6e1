package org.clientele.sales.products;

/**
 * Which products a list shows. Every part is optional.
 *
 * @param q text in the name or the code
 * @param categoryId the category; a top-level one includes its sub-categories
 */
public record ProductFilter(String q, Long categoryId, ProductKind kind, Boolean onSale, ProductStage stage) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return (q == null || q.isBlank()) && categoryId == null && kind == null && onSale == null && stage == null;
    }
}
