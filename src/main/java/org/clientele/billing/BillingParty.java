package org.clientele.billing;

/**
 * Who a quotation, invoice or payment is for: a company, a contact, or a contact at a company.
 * At least one of the two is set.
 */
public record BillingParty(Long companyId, Long contactId) {

    public BillingParty {
        if (companyId == null && contactId == null) {
            throw new IllegalArgumentException("A billing party needs a company or a contact");
        }
    }

    public static BillingParty company(long companyId) {
        return new BillingParty(companyId, null);
    }

    public static BillingParty contact(long contactId) {
        return new BillingParty(null, contactId);
    }
}
