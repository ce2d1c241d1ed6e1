package org.clientele.billing.invoices;

import java.math.BigDecimal;
import java.util.List;

import org.clientele.billing.BillingParty;
import org.clientele.billing.pricing.DocumentLineInput;
import org.clientele.shared.CurrencyCode;

/**
 * What a new draft invoice is made of, from a form, the API or an accepted quotation.
 *
 * @param language the document's language tag ({@code en}, {@code de}, …), or {@code null} for the seller's default
 * @param paymentTermDays days from issue to due date, or {@code null} for the seller's default
 * @param quoteId the accepted quotation it comes from, or {@code null}
 */
public record InvoiceDraft(BillingParty party, CurrencyCode currency, String language, List<DocumentLineInput> lines,
        BigDecimal documentDiscountPercent, Integer paymentTermDays, Long dealId, Long quoteId, String terms, String notes) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
    }
}
