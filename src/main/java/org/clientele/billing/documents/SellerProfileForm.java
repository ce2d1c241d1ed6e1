package org.clientele.billing.documents;

/**
 * The seller's profile as an administrator enters it on the billing settings page.
 *
 * @param defaultLanguage {@code en}, {@code de} or {@code es}
 * @param quoteNumberPattern see {@link NumberPattern}; must print the sequence
 */
public record SellerProfileForm(String name, String address, String taxId, String email, String phone, String bankDetails,
        String defaultLanguage, Integer paymentTermDays, Integer quoteValidityDays, String quoteNumberPattern,
        String invoiceNumberPattern, String creditNoteNumberPattern) {
}
