package org.clientele.sales.products;

import java.util.List;

/**
 * One stage of the product tracker.
 *
 * @param products those that entered it most recently, each with the time it did
 * @param total how many products are in the stage
 */
public record TrackerColumn(ProductStage stage, List<ProductView> products, long total) {
}
