package org.clientele.billing.documents;

/** The seller's profile an administrator keeps on the billing settings page. */
public interface SellerProfiles {

    /** The profile as it is now; sensible defaults (the application's name, 14 and 30 days) until an administrator saves one. */
    SellerProfile current();
}
