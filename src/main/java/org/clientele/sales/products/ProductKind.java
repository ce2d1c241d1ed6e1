package org.clientele.sales.products;

/** Whether a product is something delivered (goods) or work done (a service). */
public enum ProductKind {
    GOODS,
    SERVICE
}
