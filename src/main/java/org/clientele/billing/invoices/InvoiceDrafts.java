package org.clientele.billing.invoices;

/** Starts draft invoices for other areas, such as an accepted quotation. */
public interface InvoiceDrafts {

    /**
     * @param creatorId the user who becomes the draft's owner (their team is its team)
     * @return the new draft's id
     * @throws org.clientele.shared.InvalidInputException when the draft is not valid
     */
    long createDraft(long creatorId, InvoiceDraft draft);
}
