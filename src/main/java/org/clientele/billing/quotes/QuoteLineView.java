package org.clientele.billing.quotes;

import java.math.BigDecimal;

import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.LineAmounts;

/**
 * A quotation's line as priced: what was typed (quantity, unit price, discount), the tax rate as
 * it was then, and what the line comes to at the currency's minor unit.
 *
 * @param id {@code null} before the line is saved
 */
public record QuoteLineView(Long id, int position, Long productId, String description, BigDecimal quantity, String unit,
        BigDecimal unitPrice, BigDecimal discountPercent, Long taxRateId, String taxRateName, BigDecimal taxPercent,
        boolean taxIncluded, LineAmounts amounts) {

    public BigDecimal listAmount() {
        return amounts.listAmount();
    }

    public BigDecimal discount() {
        return amounts.discount();
    }

    public BigDecimal amount() {
        return amounts.amount();
    }

    /** The input that gives this line again (for a new revision, an invoice, or an edit form). */
    public DocumentLineInput toInput() {
        return new DocumentLineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRateId, taxIncluded);
    }
}
