package org.clientele.billing.quotes;

import java.util.List;

import org.clientele.billing.BillingParty;

/** Quotations of a customer, for other areas. */
public interface QuoteSummaries {

    /** The party's latest quotations (the current revision of each), newest first. */
    List<QuoteSummary> recentFor(BillingParty party, int limit);
}
