package org.clientele.billing.documents;

/** The seller's profile an administrator keeps on the billing settings page. */
public interface SellerProfiles {

    /** The profile as it is now; sensible defaults (the application's name, 14 and 30 days) until an administrator saves one. */
    SellerProfile current();

    /**
     * The pattern the series prints its numbers with (see {@link NumberPattern}), such as {@code INV-{year}-{seq:4}}.
     *
     * @param series one of the well-known series of {@code DocumentNumbers}; any other prints as
     *        {@code SERIES-{year}-{seq:4}}
     */
    String numberPattern(String series);
}
