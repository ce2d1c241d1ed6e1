package org.clientele.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds existing companies, contacts and leads that a new one may duplicate (feature C6), among
 * those the user may see: by e-mail address (main or further, ignoring case), by phone number in
 * E.164, by name (companies: the name; contacts: first and last name at the same company; leads:
 * the person and the company name) and by web domain (the website's, or that of an e-mail address
 * that is not a public mail service). Each candidate names the first rule that found it, in that
 * order. The forms may be raw, as typed or imported: values that cannot be read are left out of the
 * comparison rather than refused. The creating pages, the API and the import ask here per record.
 */
@Service
public class DuplicateDetection {

    private static final String COMPANY_EMAILS = "join company_emails x on x.company_id = c.id";
    private static final String COMPANY_PHONES = "join company_phones x on x.company_id = c.id";
    private static final String CONTACT_EMAILS = "join contact_emails x on x.contact_id = c.id";
    private static final String CONTACT_PHONES = "join contact_phones x on x.contact_id = c.id";

    private final DuplicateQueries queries;
    private final Companies companies;
    private final RecordVisibility visibility;

    DuplicateDetection(DuplicateQueries queries, Companies companies, RecordVisibility visibility) {
        this.queries = queries;
        this.companies = companies;
        this.visibility = visibility;
    }

    /** Companies the new company may duplicate, among those the signed-in user may see. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> forCompany(CompanyForm form) {
        return forCompany(visibility.viewer(), form);
    }

    /** As {@link #forCompany(CompanyForm)}, on behalf of a user without a request (an import job). */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> forCompany(long userId, CompanyForm form) {
        return forCompany(visibility.viewerOf(userId), form);
    }

    /** Contacts the new contact may duplicate, among those the signed-in user may see. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> forContact(ContactForm form) {
        return forContact(visibility.viewer(), form);
    }

    /** As {@link #forContact(ContactForm)}, on behalf of a user without a request. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> forContact(long userId, ContactForm form) {
        return forContact(visibility.viewerOf(userId), form);
    }

    /**
     * Leads, and contacts and companies, the new lead may duplicate (it may be a customer already),
     * among those the signed-in user may see.
     */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> forLead(LeadForm form) {
        return forLead(visibility.viewer(), form);
    }

    /** As {@link #forLead(LeadForm)}, on behalf of a user without a request. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> forLead(long userId, LeadForm form) {
        return forLead(visibility.viewerOf(userId), form);
    }

    List<DuplicateCandidate> forCompany(Viewer viewer, CompanyForm form) {
        Set<String> emails = emails(form.emails());
        Set<String> phones = phones(form.phones(), form.address().country());
        Found found = new Found();
        found.add(queries.inOwnOrFurther(viewer, DuplicateQueries.COMPANIES, DuplicateCandidate.EMAIL, "c.email", COMPANY_EMAILS,
                "x.email", emails));
        found.add(queries.inOwnOrFurther(viewer, DuplicateQueries.COMPANIES, DuplicateCandidate.PHONE, "c.phone", COMPANY_PHONES,
                "x.phone", phones));
        String name = lower(form.name());
        if (name != null) {
            found.add(queries.where(viewer, DuplicateQueries.COMPANIES, DuplicateCandidate.NAME, "", "c.sort_name = ?", name));
        }
        found.add(queries.in(viewer, DuplicateQueries.COMPANIES, DuplicateCandidate.DOMAIN, "", "c.web_domain",
                WebDomains.all(form.website(), emails)));
        return found.sorted();
    }

    List<DuplicateCandidate> forContact(Viewer viewer, ContactForm form) {
        Set<String> emails = emails(form.emails());
        Set<String> phones = phones(form.phones(), contactRegion(form.address().country(), form.companyId()));
        Found found = new Found();
        contactsByReach(viewer, found, emails, phones);
        String sortName = Contact.sortName(blankToNull(form.firstName()), blankToNull(form.lastName()));
        if (form.companyId() != null && !sortName.isEmpty()) {
            found.add(queries.where(viewer, DuplicateQueries.CONTACTS, DuplicateCandidate.NAME, "",
                    "c.company_id = ? and c.sort_name = ?", form.companyId(), sortName));
        }
        return found.sorted();
    }

    List<DuplicateCandidate> forLead(Viewer viewer, LeadForm form) {
        String region = form.address().country();
        Set<String> personEmails = emails(Arrays.asList(form.email()));
        Set<String> personPhones = phones(Arrays.asList(form.phone()), region);
        Set<String> emails = emails(Arrays.asList(form.email(), form.companyEmail()));
        Set<String> phones = phones(Arrays.asList(form.phone(), form.companyPhone()), region);
        Found found = new Found();
        found.add(queries.in(viewer, DuplicateQueries.LEADS, DuplicateCandidate.EMAIL, "", "l.email", emails));
        found.add(queries.in(viewer, DuplicateQueries.LEADS, DuplicateCandidate.EMAIL, "", "l.company_email", emails));
        found.add(queries.in(viewer, DuplicateQueries.LEADS, DuplicateCandidate.PHONE, "", "l.phone", phones));
        found.add(queries.in(viewer, DuplicateQueries.LEADS, DuplicateCandidate.PHONE, "", "l.company_phone", phones));
        contactsByReach(viewer, found, personEmails, personPhones);
        String sortName = Contact.sortName(blankToNull(form.firstName()), blankToNull(form.lastName()));
        String companyName = lower(form.companyName());
        if (!sortName.isEmpty() && companyName != null) {
            found.add(queries.where(viewer, DuplicateQueries.LEADS, DuplicateCandidate.NAME, "",
                    "l.sort_name = ? and lower(l.company_name) = ?", sortName, companyName));
        }
        Set<String> domains = WebDomains.all(form.website(), emails);
        found.add(queries.in(viewer, DuplicateQueries.LEADS, DuplicateCandidate.DOMAIN, "", "l.web_domain", domains));
        found.add(queries.in(viewer, DuplicateQueries.COMPANIES, DuplicateCandidate.DOMAIN, "", "c.web_domain", domains));
        return found.sorted();
    }

    private void contactsByReach(Viewer viewer, Found found, Set<String> emails, Set<String> phones) {
        found.add(queries.inOwnOrFurther(viewer, DuplicateQueries.CONTACTS, DuplicateCandidate.EMAIL, "c.email", CONTACT_EMAILS,
                "x.email", emails));
        found.add(queries.inOwnOrFurther(viewer, DuplicateQueries.CONTACTS, DuplicateCandidate.PHONE, "c.phone", CONTACT_PHONES,
                "x.phone", phones));
    }

    /** Where a contact's numbers without + are read: their country, else their company's (as saving does). */
    private String contactRegion(String country, Long companyId) {
        String code = Countries.normalize(country);
        if (Countries.isKnown(code)) {
            return code;
        }
        return companyId == null ? null : companies.findById(companyId).map(company -> company.toView().address().country())
                .filter(Countries::isKnown).orElse(null);
    }

    private static Set<String> emails(Collection<String> values) {
        Set<String> emails = new LinkedHashSet<>();
        values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> value.contains("@"))
                .map(value -> value.toLowerCase(Locale.ROOT)).forEach(emails::add);
        return emails;
    }

    private static Set<String> phones(Collection<String> values, String country) {
        String region = Countries.normalize(country);
        Set<String> phones = new LinkedHashSet<>();
        values.stream().filter(value -> value != null && !value.isBlank())
                .map(value -> ContactDetails.phone(value.strip(), region)).filter(Objects::nonNull).forEach(phones::add);
        return phones;
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Candidates by type and id, each with the first rule that found it. */
    private static final class Found {

        private final Map<String, DuplicateCandidate> byKey = new LinkedHashMap<>();

        void add(List<DuplicateCandidate> candidates) {
            candidates.forEach(candidate -> byKey.putIfAbsent(candidate.type() + ":" + candidate.id(), candidate));
        }

        List<DuplicateCandidate> sorted() {
            List<DuplicateCandidate> all = new ArrayList<>(byKey.values());
            all.sort(Comparator.comparing(DuplicateCandidate::type).thenComparingLong(DuplicateCandidate::id));
            return List.copyOf(all);
        }
    }
}
