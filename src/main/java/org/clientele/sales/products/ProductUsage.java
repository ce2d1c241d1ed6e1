package org.clientele.sales.products;

/**
 * Tells whether something outside the catalogue refers to a product, such as a deal's product
 * line. Areas that keep product ids declare a bean of this type; a product any of them uses is
 * withdrawn from sale instead of deleted.
 */
public interface ProductUsage {

    boolean uses(long productId);
}
