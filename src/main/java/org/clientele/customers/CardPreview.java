package org.clientele.customers;

import java.time.LocalDate;
import java.util.List;

/**
 * One card of a vCard file, as the contact it would create.
 *
 * @param index where it is in the file, from 0
 * @param organisation the card's organisation; {@code companyId} is the company of that name the user may see, if any
 * @param dropped phone numbers and e-mail addresses that are not valid and are left out
 * @param furtherAddresses how many postal addresses after the first are left out
 * @param photo whether the card has a photo, which is left out
 * @param duplicate whether a contact has one of its e-mail addresses already, so it is skipped
 */
public record CardPreview(int index, String name, String firstName, String lastName, String title, String organisation,
        Long companyId, List<String> emails, List<String> phones, LocalDate birthday, Address address, List<String> dropped,
        int furtherAddresses, boolean photo, boolean duplicate) {
}
