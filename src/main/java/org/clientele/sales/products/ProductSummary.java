package org.clientele.sales.products;

import org.clientele.shared.Money;

/** A product as lists show it. */
public record ProductSummary(long id, String name, String code, ProductKind kind, String unit, Money listPrice, boolean onSale,
        Long categoryId, String categoryName, ProductStage stage) {
}
