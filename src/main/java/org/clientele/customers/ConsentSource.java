package org.clientele.customers;

/** Where a change of consent came from, kept as proof of it. */
public enum ConsentSource {
    /** Someone changed it on the contact's page. */
    FORM,
    /** It came with imported records. */
    IMPORT,
    /** A program changed it through the API. */
    API,
    /** The contact followed the unsubscribe link of a mailing. */
    UNSUBSCRIBE,
    /** Another record of the same person was merged into the contact, and the stricter answers kept. */
    MERGE
}
