package org.clientele.customers;

/** A contact's answer to marketing e-mail: none given yet, yes or no. */
public enum MarketingConsent {
    UNKNOWN,
    OPTED_IN,
    OPTED_OUT
}
