package org.clientele.billing.quotes;

/**
 * A public link that does not open its quotation, and why: a signature that is not the one the
 * link was made with (the link was changed or made up), or a link that no longer leads anywhere
 * (it expired, or the quotation is no longer waiting for an answer). Nothing changed.
 */
public class QuoteLinkRefusedException extends RuntimeException {

    private final Reason reason;

    public QuoteLinkRefusedException(Reason reason) {
        super("Quote link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        /** The signature does not match: answered 403. */
        BAD_SIGNATURE,
        /** The link's time is up: answered 410. */
        EXPIRED,
        /** The quotation was answered, expired or superseded by a newer revision: answered 410. */
        CLOSED;

        public boolean forbidden() {
            return this == BAD_SIGNATURE;
        }
    }
}
