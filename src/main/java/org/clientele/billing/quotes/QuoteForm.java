package org.clientele.billing.quotes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.clientele.billing.pricing.DocumentLineInput;

/**
 * A draft quotation as a user or API client gives it.
 *
 * @param currency an ISO 4217 code
 * @param language the document's language tag ({@code en}, {@code de}, {@code es})
 * @param validUntil on or after the issue date
 * @param documentDiscountPercent 0 to 100, or {@code null} for none
 * @param dealId the deal it is made for, or {@code null}
 */
public record QuoteForm(Long companyId, Long contactId, String currency, String language, LocalDate issueDate, LocalDate validUntil,
        BigDecimal documentDiscountPercent, Long dealId, String terms, String notes, long ownerId, Long teamId,
        List<DocumentLineInput> lines) {

    public QuoteForm {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
