package org.clientele.billing.documents;

/**
 * The business that sends the quotations and invoices, as printed on them.
 *
 * @param address the postal address, lines separated by new lines
 * @param logo a PNG, or {@code null} for none
 * @param paymentTermDays days from issue to due date for new invoices
 * @param quoteValidityDays days a new quotation stays valid
 */
public record SellerProfile(String name, String address, String taxId, String email, String phone, String bankDetails,
        byte[] logo, String defaultLanguage, int paymentTermDays, int quoteValidityDays) {
}
