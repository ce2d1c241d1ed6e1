package org.clientele.customers.web;

import java.util.List;
import java.util.Set;

import org.clientele.customers.Address;
import org.clientele.customers.CompanyForm;
import org.clientele.customers.CompanyView;

/**
 * The company form as the page sends it: e-mail addresses and phone numbers one per line, the
 * address in flat fields, the version the edit started from.
 */
record CompanyPageForm(String name, String alternativeNames, String website, String emails, String phones, String street,
        String postalCode, String city, String region, String country, String registrationNumber, String description,
        Long ownerId, Long teamId, List<Long> coOwnerIds, Long typeId, List<Long> industryIds, Long sourceId, Long version) {

    static CompanyPageForm of(CompanyForm form, Long version) {
        Address address = form.address();
        return new CompanyPageForm(form.name(), form.alternativeNames(), form.website(), Lines.join(form.emails()),
                Lines.join(form.phones()), address.street(), address.postalCode(), address.city(), address.region(),
                address.country(), form.registrationNumber(), form.description(), form.ownerId(), form.teamId(),
                List.copyOf(form.coOwnerIds()), form.typeId(), List.copyOf(form.industryIds()), form.sourceId(), version);
    }

    static CompanyPageForm of(CompanyView company) {
        return of(company.toForm(), company.version());
    }

    CompanyForm toForm() {
        return new CompanyForm(name, alternativeNames, website, Lines.split(emails), Lines.split(phones),
                new Address(street, postalCode, city, region, country), registrationNumber, description, ownerId, teamId,
                coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds), typeId, industryIds == null ? Set.of() : Set.copyOf(industryIds),
                sourceId);
    }
}
