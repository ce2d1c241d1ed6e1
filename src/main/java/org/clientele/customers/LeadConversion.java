package org.clientele.customers;

/**
 * What a lead was converted to.
 *
 * @param contactId the contact, or {@code null} when the lead named no person
 */
public record LeadConversion(long leadId, long companyId, Long contactId) {
}
