package org.clientele.billing.ledger;

/** The customer side of a transaction once worked out: from the form, or from the invoice it pays. */
record BillingCounterparty(Long companyId, Long contactId) {

    static final BillingCounterparty NONE = new BillingCounterparty(null, null);
}
