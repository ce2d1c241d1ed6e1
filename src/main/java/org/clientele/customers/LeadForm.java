package org.clientele.customers;

import java.util.Set;

/**
 * What a lead is made of when it is created or changed: a person, their company, or both (a first
 * name, a last name or a company name is needed).
 *
 * @param phone the person's phone number; normalised to E.164 in the address's country
 * @param address the company's address (or the person's, when there is no company)
 * @param sourceId a lead source from the reference data, or {@code null}
 * @param industryId an industry from the reference data, or {@code null}
 */
public record LeadForm(String firstName, String lastName, String title, String email, String phone, String companyName,
        String website, String companyEmail, String companyPhone, Address address, Long sourceId, Long industryId,
        String description, Long ownerId, Long teamId, Set<Long> coOwnerIds) {

    public LeadForm {
        address = address == null ? Address.empty() : address;
        coOwnerIds = coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds);
    }
}
