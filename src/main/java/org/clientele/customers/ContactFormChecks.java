package org.clientele.customers;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The checks of a contact's own fields, shared by the forms, the API and imports: a name, lengths,
 * the country, the birthday's range, e-mail addresses and phone numbers in E.164. Which company
 * and owner it may have is up to the caller.
 */
final class ContactFormChecks {

    private static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    private ContactFormChecks() {
    }

    /**
     * @param phoneRegion gives the region phone numbers without + are read in, from the contact's country (or {@code null})
     * @return the form stripped and normalised; problems go to {@code checks}
     */
    static ContactForm normalized(FieldChecks checks, ContactForm form, UnaryOperator<String> phoneRegion) {
        String firstName = checks.optional("firstName", form.firstName(), 100);
        String lastName = checks.optional("lastName", form.lastName(), 100);
        if (firstName == null && lastName == null) {
            checks.reject("firstName", "validation.contacts.name-required");
        }
        String country = ContactDetails.country(checks, "address.country", form.address().country());
        Address address = new Address(checks.optional("address.street", form.address().street(), 200),
                checks.optional("address.postalCode", form.address().postalCode(), 20),
                checks.optional("address.city", form.address().city(), 120),
                checks.optional("address.region", form.address().region(), 120), country);
        if (form.birthday() != null && (form.birthday().isAfter(LocalDate.now()) || form.birthday().isBefore(EARLIEST_BIRTHDAY))) {
            checks.reject("birthday", "validation.contacts.birthday-range");
        }
        return new ContactForm(firstName, lastName, checks.optional("title", form.title(), 150), form.companyId(),
                ContactDetails.emails(checks, "emails", form.emails()),
                ContactDetails.phones(checks, "phones", form.phones(), phoneRegion.apply(country)),
                form.birthday(), address, form.ownerId(), form.teamId(), form.coOwnerIds());
    }
}
