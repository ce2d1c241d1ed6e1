package org.clientele.sales.requests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.clientele.customers.Address;
import org.clientele.customers.CompanyForm;
import org.clientele.customers.DuplicateCandidate;
import org.clientele.customers.DuplicateDetection;
import org.clientele.customers.LeadForm;
import org.springframework.stereotype.Component;

/**
 * Finds the contacts, companies and leads a request's sender may be, by the customers' duplicate
 * rules (decision 16): contacts by e-mail address or phone; leads by e-mail, phone, person and
 * company name, or web domain; companies by e-mail, phone, name or web domain, where the domain of
 * a public mail service never counts. Only records the request's owner may see are matched. Of
 * each kind the best candidate wins: e-mail before phone before name before domain, then the
 * oldest record.
 */
@Component
class RequestMatching {

    private static final List<String> RULES = List.of(DuplicateCandidate.EMAIL, DuplicateCandidate.PHONE, DuplicateCandidate.NAME,
            DuplicateCandidate.DOMAIN);

    private final DuplicateDetection duplicates;

    RequestMatching(DuplicateDetection duplicates) {
        this.duplicates = duplicates;
    }

    /** Every candidate, best first within each kind. */
    List<DuplicateCandidate> candidates(long ownerId, RequestForm form) {
        List<DuplicateCandidate> all = new ArrayList<>();
        Address address = new Address(null, null, form.city(), null, form.country());
        boolean reachable = form.email() != null || form.phone() != null;
        if (reachable || form.website() != null || (form.companyName() != null && form.lastName() != null)) {
            all.addAll(duplicates.forLead(ownerId, new LeadForm(form.firstName(), form.lastName(), null, form.email(), form.phone(),
                    form.companyName(), form.website(), null, null, address, null, null, null, null, null, null)));
        }
        if (reachable || form.website() != null || form.companyName() != null) {
            duplicates.forCompany(ownerId, new CompanyForm(form.companyName(), null, form.website(),
                    form.email() == null ? List.of() : List.of(form.email()), form.phone() == null ? List.of() : List.of(form.phone()),
                    address, null, null, null, null, null)).stream()
                    .filter(candidate -> all.stream().noneMatch(seen -> seen.type().equals(candidate.type()) && seen.id() == candidate.id()))
                    .forEach(all::add);
        }
        all.sort(Comparator.comparing(DuplicateCandidate::type).thenComparingInt(candidate -> RULES.indexOf(candidate.matchedOn()))
                .thenComparingLong(DuplicateCandidate::id));
        return List.copyOf(all);
    }

    /** The best contact, company and lead among the candidates. */
    Match best(List<DuplicateCandidate> candidates) {
        return new Match(first(candidates, DuplicateCandidate.CONTACT), first(candidates, DuplicateCandidate.COMPANY),
                first(candidates, DuplicateCandidate.LEAD));
    }

    private static Long first(List<DuplicateCandidate> candidates, String type) {
        Optional<DuplicateCandidate> found = candidates.stream().filter(candidate -> candidate.type().equals(type)).findFirst();
        return found.map(DuplicateCandidate::id).orElse(null);
    }

    record Match(Long contactId, Long companyId, Long leadId) {
    }
}
