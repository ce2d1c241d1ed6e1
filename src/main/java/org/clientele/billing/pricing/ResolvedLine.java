package org.clientele.billing.pricing;

import java.math.BigDecimal;

/**
 * A document line with everything filled in and checked: the product's name and price where the
 * user gave none, and the tax rate copied onto the line (name and percent), so a later change of
 * the rate or the product never changes a document that keeps these values.
 *
 * @param productId the catalogue's product, or {@code null} for a free line
 * @param unit the unit as printed ({@code h}, {@code pcs}), or {@code null}
 * @param unitPrice the price of one unit, net of tax or including it when {@code taxIncluded}, as entered
 * @param discountPercent the line's discount, 0 to 100
 * @param taxRateId the rate it was copied from, or {@code null} for no tax
 * @param taxName the rate's name at the time, or {@code null} for no tax
 * @param taxPercent 0 to 100; 0 for no tax
 */
public record ResolvedLine(Long productId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
        BigDecimal discountPercent, Long taxRateId, String taxName, BigDecimal taxPercent, boolean taxIncluded) {

    /** The line as {@link DocumentCalculator} takes it. */
    public PricedLine priced() {
        return new PricedLine(quantity, unitPrice, discountPercent, taxPercent, taxIncluded);
    }
}
