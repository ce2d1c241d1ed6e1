package org.clientele.customers;

/**
 * A lead was converted: it became (or was matched to) a company and, when it named a person, a
 * contact. Published in the transaction of the conversion, so that other modules (sales) can
 * open a deal for it.
 *
 * @param contactId the contact, or {@code null} when the lead named no person
 * @param ownerId the lead's owner, who owns what was created from it
 */
public record LeadConverted(long leadId, long companyId, Long contactId, long ownerId) {
}
