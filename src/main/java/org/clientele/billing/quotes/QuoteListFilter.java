package org.clientele.billing.quotes;

/**
 * Which quotations a list shows, besides those the reader may not see. Every part is optional.
 * Without a status, superseded revisions are left out, so each quotation shows once.
 *
 * @param q text in the number
 * @param status a {@link QuoteStatus} name
 */
public record QuoteListFilter(String q, String status, Long companyId, Long contactId, Long dealId, Long ownerId) {

    public static QuoteListFilter none() {
        return new QuoteListFilter(null, null, null, null, null, null);
    }
}
