/**
 * Quotations: drafts with revisions, sending by mail with the PDF, the customer's signed public
 * link to accept or decline, expiry, and turning an accepted quotation into an invoice.
 */
@org.springframework.modulith.NamedInterface("quotes")
package org.clientele.billing.quotes;
