package org.clientele.sales.products;

import java.math.BigDecimal;

/**
 * A product as entered.
 *
 * @param code the SKU, optional; kept in capitals and unique
 * @param unit what one of it is, such as {@code piece} or {@code hour}
 * @param price the list price, in {@code currency}
 * @param currency an ISO 4217 code
 * @param categoryId a category, optional
 * @param stage its stage in the product tracker; on a change, a new stage is recorded in its history
 */
public record ProductForm(String name, String code, ProductKind kind, String description, String unit, BigDecimal price,
        String currency, boolean onSale, Long categoryId, ProductStage stage) {
}
