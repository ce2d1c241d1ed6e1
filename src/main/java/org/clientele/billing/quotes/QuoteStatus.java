package org.clientele.billing.quotes;

/**
 * Where a quotation stands. A draft is the only one that changes; sending makes it {@code SENT},
 * the customer's answer {@code ACCEPTED} or {@code DECLINED}, the daily job {@code EXPIRED} once
 * its validity has passed unanswered, and a new revision makes the one revised {@code SUPERSEDED}.
 */
public enum QuoteStatus {
    DRAFT, SENT, ACCEPTED, DECLINED, EXPIRED, SUPERSEDED;

    public boolean editable() {
        return this == DRAFT;
    }

    /** Whether the customer may still answer it. */
    public boolean open() {
        return this == SENT;
    }

    /** Whether a new revision may be made of it: it went out and was not taken. */
    public boolean revisable() {
        return this == SENT || this == DECLINED || this == EXPIRED;
    }
}
