package org.clientele.sales.products;

/**
 * Where a product is in its life, as the product tracker shows it: being developed, produced,
 * delivered to customers, or retired. Any stage may follow any other; each change is dated.
 */
public enum ProductStage {
    DEVELOPMENT,
    PRODUCTION,
    DELIVERY,
    RETIRED
}
