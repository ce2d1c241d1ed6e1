package org.clientele.billing.quotes;

import org.clientele.billing.documents.SellerProfile;

/**
 * A quotation as its customer sees it through the public link.
 *
 * @param customerName the company's name, else the contact's
 * @param link the link it was opened with, for the PDF and the answers
 */
public record PublicQuote(QuoteView quote, SellerProfile seller, String customerName, String contactName, QuoteLink link) {
}
