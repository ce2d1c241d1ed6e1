package org.clientele.billing.numbering;

/**
 * Hands out the next number of a series for a year. It must run inside the caller's transaction
 * (the one that issues the document): the series' counter row is locked until that transaction
 * ends, so concurrent issuers wait their turn, and a rolled-back issue gives its number back.
 * That is what keeps a series gapless.
 */
public interface DocumentNumbers {

    /** Well-known series. */
    String QUOTES = "quote";
    String INVOICES = "invoice";
    String CREDIT_NOTES = "credit-note";

    /**
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    DocumentNumber next(String series, int year);
}
