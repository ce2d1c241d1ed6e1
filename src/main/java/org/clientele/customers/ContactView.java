package org.clientele.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A contact as its detail page and the API show it.
 *
 * @param companyName the name of the company they work at, or {@code null}
 * @param version changes with every save; a change made from an older version is refused
 */
public record ContactView(long id, long version, String firstName, String lastName, String title, Long companyId,
        String companyName, List<String> emails, List<String> phones, LocalDate birthday, Address address, long ownerId,
        Long teamId, List<Long> coOwnerIds, Instant createdAt, Instant updatedAt, Long createdBy) {

    public ContactView {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        coOwnerIds = List.copyOf(coOwnerIds);
    }

    /** First and last name, as far as they are known. */
    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    public ContactForm toForm() {
        return new ContactForm(firstName, lastName, title, companyId, emails, phones, birthday, address, ownerId, teamId,
                Set.copyOf(coOwnerIds));
    }
}
