package org.clientele.sales.deals;

import java.math.BigDecimal;

import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;

/**
 * A product line as entered.
 *
 * @param productId a product of the products area, or {@code null} for a free-text line
 * @param description what is sold; the product's name when a product was chosen
 * @param discountPercent 0 to 100; {@code null} means none
 */
public record DealLineForm(Long productId, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discountPercent) {

    /** quantity × unit price × (1 − discount / 100), rounded to the currency's minor unit. */
    public Money amount(CurrencyCode currency) {
        BigDecimal discount = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        BigDecimal factor = BigDecimal.ONE.subtract(discount.movePointLeft(2));
        return new Money(quantity.multiply(unitPrice).multiply(factor), currency).rounded();
    }
}
