package org.clientele.billing.quotes;

import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.billing.pricing.LineAmounts;
import org.clientele.billing.pricing.ResolvedLine;

/**
 * A quotation's line as priced: what was typed (quantity, unit price, discount), the tax rate as
 * it was then, and what the line comes to at the currency's minor unit.
 */
public record QuoteLineView(long id, int position, ResolvedLine line, LineAmounts amounts) {

    /** The input that gives this line again, for an invoice or an edit form. */
    public DocumentLineInput toInput() {
        return new DocumentLineInput(line.productId(), line.description(), line.quantity(), line.unit(), line.unitPrice(),
                line.discountPercent(), line.taxRateId(), line.taxIncluded());
    }
}
