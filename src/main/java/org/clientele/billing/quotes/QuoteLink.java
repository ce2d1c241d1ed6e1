package org.clientele.billing.quotes;

/**
 * A customer's link to one revision of a quotation: its id, when the link stops working (epoch
 * seconds) and the signature over both and the revision. The link itself is the credential.
 */
public record QuoteLink(long quoteId, long expires, String signature) {

    public static final String PATH = "/public/quotes/";

    /** The path and query of the page, such as {@code /public/quotes/42?expires=1767225599&sig=…}. */
    public String path() {
        return PATH + quoteId + query();
    }

    /** The path and query of its PDF. */
    public String pdfPath() {
        return PATH + quoteId + "/pdf" + query();
    }

    private String query() {
        return "?expires=" + expires + "&sig=" + signature;
    }
}
