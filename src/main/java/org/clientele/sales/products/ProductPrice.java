package org.clientele.sales.products;

import org.clientele.shared.Money;

/**
 * The price of one unit of a product, as {@link ProductCatalog#priceFor} found it.
 *
 * @param priceListId the list it comes from, {@code null} for the list price
 * @param priceListName that list's name, {@code null} for the list price
 */
public record ProductPrice(long productId, Money price, PriceSource source, Long priceListId, String priceListName) {
}
