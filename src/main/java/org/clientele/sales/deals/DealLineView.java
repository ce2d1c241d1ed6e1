package org.clientele.sales.deals;

import java.math.BigDecimal;

import org.clientele.shared.Money;

/** A deal's product line; {@code amount} is in the deal's currency, rounded to its minor unit. */
public record DealLineView(long id, int position, Long productId, String description, BigDecimal quantity, BigDecimal unitPrice,
        BigDecimal discountPercent, Money amount) {

    public DealLineForm toForm() {
        return new DealLineForm(productId, description, quantity, unitPrice, discountPercent);
    }
}
