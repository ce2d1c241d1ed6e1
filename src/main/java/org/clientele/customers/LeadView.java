package org.clientele.customers;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A lead as its detail page and the API show it.
 *
 * @param version changes with every save; a change made from an older version is refused
 * @param convertedCompanyId the company it was converted to, or {@code null} (also when that company was deleted since)
 * @param convertedContactId the contact it was converted to, or {@code null}
 */
public record LeadView(long id, long version, LeadStatus status, String firstName, String lastName, String title, String email,
        String phone, String companyName, String website, String companyEmail, String companyPhone, Address address,
        Long sourceId, Long industryId, String description, String disqualifyReason, Long convertedCompanyId,
        Long convertedContactId, Instant convertedAt, Long convertedBy, long ownerId, Long teamId, List<Long> coOwnerIds,
        Instant createdAt, Instant updatedAt, Long createdBy) {

    public LeadView {
        coOwnerIds = List.copyOf(coOwnerIds);
    }

    /** The person's name, else the company's. */
    public String displayName() {
        String person = personName();
        return person.isEmpty() ? (companyName == null ? "" : companyName) : person;
    }

    /** First and last name, as far as they are known. */
    public String personName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    public boolean converted() {
        return status == LeadStatus.CONVERTED;
    }

    public LeadForm toForm() {
        return new LeadForm(firstName, lastName, title, email, phone, companyName, website, companyEmail, companyPhone, address,
                sourceId, industryId, description, ownerId, teamId, Set.copyOf(coOwnerIds));
    }
}
