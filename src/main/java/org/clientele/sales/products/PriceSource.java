package org.clientele.sales.products;

/** Where a looked-up price comes from. */
public enum PriceSource {
    /** An entry of an active price list that applies. */
    PRICE_LIST,
    /** The product's own list price, since no price list applies and its currency is the one asked for. */
    LIST_PRICE
}
