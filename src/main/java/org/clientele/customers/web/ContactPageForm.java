package org.clientele.customers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.clientele.customers.Address;
import org.clientele.customers.ContactForm;
import org.clientele.customers.ContactView;
import org.springframework.format.annotation.DateTimeFormat;

/** The contact form as the page sends it: e-mail addresses and phone numbers one per line, the address in flat fields. */
record ContactPageForm(String firstName, String lastName, String title, Long companyId, String emails, String phones,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthday, String street, String postalCode, String city,
        String region, String country, Long ownerId, Long teamId, List<Long> coOwnerIds, Long version) {

    static ContactPageForm of(ContactForm form, Long version) {
        Address address = form.address();
        return new ContactPageForm(form.firstName(), form.lastName(), form.title(), form.companyId(), Lines.join(form.emails()),
                Lines.join(form.phones()), form.birthday(), address.street(), address.postalCode(), address.city(),
                address.region(), address.country(), form.ownerId(), form.teamId(), List.copyOf(form.coOwnerIds()), version);
    }

    static ContactPageForm of(ContactView contact) {
        return of(contact.toForm(), contact.version());
    }

    ContactForm toForm() {
        return new ContactForm(firstName, lastName, title, companyId, Lines.split(emails), Lines.split(phones), birthday,
                new Address(street, postalCode, city, region, country), ownerId, teamId,
                coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds));
    }
}
