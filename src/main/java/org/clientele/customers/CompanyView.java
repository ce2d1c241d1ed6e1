package org.clientele.customers;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A company as its detail page and the API show it.
 *
 * @param version changes with every save; a change made from an older version is refused
 * @param emails the main address first
 * @param phones E.164, the main number first
 * @param createdBy the user who created it, or {@code null} for records made by the system
 * @param industryIds in ascending order
 */
public record CompanyView(long id, long version, String name, String alternativeNames, String website, List<String> emails,
        List<String> phones, Address address, String registrationNumber, String description, long ownerId, Long teamId,
        List<Long> coOwnerIds, Instant createdAt, Instant updatedAt, Long createdBy, Long typeId, List<Long> industryIds,
        Long sourceId) {

    public CompanyView {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        coOwnerIds = List.copyOf(coOwnerIds);
        industryIds = List.copyOf(industryIds);
    }

    /** The company as a form, to be changed and saved again. */
    public CompanyForm toForm() {
        return new CompanyForm(name, alternativeNames, website, emails, phones, address, registrationNumber, description, ownerId,
                teamId, Set.copyOf(coOwnerIds), typeId, Set.copyOf(industryIds), sourceId);
    }
}
