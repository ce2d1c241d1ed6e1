package org.clientele.customers;

import java.util.List;
import java.util.Set;

/**
 * What a company is made of when it is created or changed. {@link CompanyManagement} checks and
 * normalises it; optional text may be {@code null}.
 *
 * @param alternativeNames other names it goes by, as free text (former names, brands, abbreviations)
 * @param emails e-mail addresses, the main one first
 * @param phones phone numbers, the main one first; normalised to E.164 in the address's country
 * @param ownerId the user responsible for it
 * @param teamId the team it belongs to, or {@code null}
 * @param coOwnerIds further users who see and change it like its owner
 * @param typeId its company type (reference data), or {@code null}
 * @param industryIds the industries it works in (reference data)
 * @param sourceId the lead source it came from (reference data), or {@code null}
 */
public record CompanyForm(String name, String alternativeNames, String website, List<String> emails, List<String> phones,
        Address address, String registrationNumber, String description, Long ownerId, Long teamId, Set<Long> coOwnerIds,
        Long typeId, Set<Long> industryIds, Long sourceId) {

    public CompanyForm {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        address = address == null ? Address.empty() : address;
        coOwnerIds = coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds);
        industryIds = industryIds == null ? Set.of() : Set.copyOf(industryIds);
    }

    /** A company without type, industries or source. */
    public CompanyForm(String name, String alternativeNames, String website, List<String> emails, List<String> phones,
            Address address, String registrationNumber, String description, Long ownerId, Long teamId, Set<Long> coOwnerIds) {
        this(name, alternativeNames, website, emails, phones, address, registrationNumber, description, ownerId, teamId,
                coOwnerIds, null, null, null);
    }
}
