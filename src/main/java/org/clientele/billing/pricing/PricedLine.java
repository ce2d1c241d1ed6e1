package org.clientele.billing.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line as the calculator sees it.
 *
 * @param unitPrice the price of one unit, net of tax, or including tax when {@code taxIncluded}
 * @param discountPercent the line's discount, 0 to 100
 * @param taxPercent the tax rate, 0 to 100 (19 for 19 %)
 * @param taxIncluded whether {@code unitPrice} already includes the tax
 */
public record PricedLine(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxPercent,
        boolean taxIncluded) {

    public PricedLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        taxPercent = taxPercent == null ? BigDecimal.ZERO : taxPercent;
    }

    public static PricedLine exclusive(String quantity, String unitPrice, String taxPercent) {
        return new PricedLine(new BigDecimal(quantity), new BigDecimal(unitPrice), BigDecimal.ZERO, new BigDecimal(taxPercent), false);
    }

    public static PricedLine inclusive(String quantity, String unitPrice, String taxPercent) {
        return new PricedLine(new BigDecimal(quantity), new BigDecimal(unitPrice), BigDecimal.ZERO, new BigDecimal(taxPercent), true);
    }

    public PricedLine withDiscount(String percent) {
        return new PricedLine(quantity, unitPrice, new BigDecimal(percent), taxPercent, taxIncluded);
    }
}
