package org.clientele.billing.quotes;

import org.clientele.customers.MergeParticipant;
import org.clientele.customers.TimelineSubject;
import org.springframework.stereotype.Component;

/**
 * The quotations of a merged company or contact follow it to the survivor, in the merge's
 * transaction: afterwards the merged record is deleted and their links would be cleared.
 */
@Component
class QuotesMergeParticipant implements MergeParticipant {

    private final Quotes quotes;

    QuotesMergeParticipant(Quotes quotes) {
        this.quotes = quotes;
    }

    @Override
    public void moveAll(String type, long mergedId, long survivorId) {
        if (TimelineSubject.COMPANY.equals(type)) {
            quotes.findByCompanyId(mergedId).forEach(quote -> quote.companyMerged(survivorId));
        }
        else if (TimelineSubject.CONTACT.equals(type)) {
            quotes.findByContactId(mergedId).forEach(quote -> quote.contactMerged(survivorId));
        }
    }
}
