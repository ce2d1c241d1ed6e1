package org.clientele.customers.web;

import java.util.List;
import java.util.Set;

import org.clientele.customers.Address;
import org.clientele.customers.LeadForm;
import org.clientele.customers.LeadView;

/** The lead form as the page sends it: the address in flat fields. */
record LeadPageForm(String firstName, String lastName, String title, String email, String phone, String companyName,
        String website, String companyEmail, String companyPhone, String street, String postalCode, String city, String region,
        String country, Long sourceId, Long industryId, String description, Long ownerId, Long teamId, List<Long> coOwnerIds,
        Long version) {

    static LeadPageForm of(LeadForm form, Long version) {
        Address address = form.address();
        return new LeadPageForm(form.firstName(), form.lastName(), form.title(), form.email(), form.phone(), form.companyName(),
                form.website(), form.companyEmail(), form.companyPhone(), address.street(), address.postalCode(), address.city(),
                address.region(), address.country(), form.sourceId(), form.industryId(), form.description(), form.ownerId(),
                form.teamId(), List.copyOf(form.coOwnerIds()), version);
    }

    static LeadPageForm of(LeadView lead) {
        return of(lead.toForm(), lead.version());
    }

    LeadForm toForm() {
        return new LeadForm(firstName, lastName, title, email, phone, companyName, website, companyEmail, companyPhone,
                new Address(street, postalCode, city, region, country), sourceId, industryId, description, ownerId, teamId,
                coOwnerIds == null ? Set.of() : Set.copyOf(coOwnerIds));
    }
}
