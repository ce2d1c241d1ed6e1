package org.clientele.sales.products;

import java.time.Instant;

import org.clientele.shared.Money;

/**
 * A product of the catalogue.
 *
 * @param listPrice the price that applies when no price list gives one (see {@link ProductCatalog#priceFor})
 * @param onSale whether it may be put on new deals
 * @param stageEnteredAt when it came into its current stage
 */
public record ProductView(long id, long version, String name, String code, ProductKind kind, String description, String unit,
        Money listPrice, boolean onSale, Long categoryId, ProductStage stage, Instant stageEnteredAt, Instant createdAt,
        Instant updatedAt, Long createdBy) {

    public ProductForm toForm() {
        return new ProductForm(name, code, kind, description, unit, listPrice.amount(), listPrice.currency().value(), onSale,
                categoryId, stage);
    }
}
