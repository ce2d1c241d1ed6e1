package org.clientele.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a contact is made of when it is created or changed; at least one of the names is needed.
 *
 * @param companyId the company the person works at, or {@code null}
 * @param emails e-mail addresses, the main one first
 * @param phones phone numbers, the main one first; normalised to E.164 in the address's country
 */
public record ContactForm(String firstName, String lastName, String title, Long companyId, List<String> emails,
        List<String> phones, LocalDate birthday, Address address, Long ownerId, Long teamId, Set<Long> coOwnerIds) {

    public ContactForm {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        address = address == null ? Address.empty() : address;
        coOwnerIds = coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds);
    }
}
