package org.clientele.customers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing and deleting companies. Everything but {@link #create} acts for the
 * signed-in user and only on the companies they may see: any other answers as missing.
 */
@Service
public class CompanyManagement {

    static final String RECORD_TYPE = "Company";

    private final RecordRows rows;
    private final Companies companies;
    private final Contacts contacts;
    private final CompanyList list;
    private final RowEstimates estimates;
    private final RecordVisibility visibility;
    private final Ownership ownership;
    private final TimelineEntries timelineEntries;
    private final TagLinks tagLinks;
    private final SearchWords searchWords;
    private final ReferenceDataManagement referenceData;
    private final DuplicateDetection duplicates;

    CompanyManagement(Companies companies, Contacts contacts, CompanyList list, RowEstimates estimates,
            RecordVisibility visibility, Ownership ownership, TimelineEntries timelineEntries, SearchWords searchWords,
            ReferenceDataManagement referenceData, DuplicateDetection duplicates, TagLinks tagLinks, RecordRows rows) {
        this.rows = rows;
        this.duplicates = duplicates;
        this.companies = companies;
        this.contacts = contacts;
        this.list = list;
        this.estimates = estimates;
        this.visibility = visibility;
        this.ownership = ownership;
        this.timelineEntries = timelineEntries;
        this.tagLinks = tagLinks;
        this.searchWords = searchWords;
        this.referenceData = referenceData;
    }

    /** An empty form owned by the user and put in their first team, as a new company starts. */
    @Transactional(readOnly = true)
    public CompanyForm newForm(long userId) {
        return new CompanyForm("", null, null, null, null, null, null, null, userId, ownership.defaultTeamOf(userId), null);
    }

    /**
     * @param creatorId the user who creates it, recorded as its creator
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public CompanyView create(long creatorId, CompanyForm form) {
        return create(creatorId, form, true);
    }

    /**
     * Creates a company unless it looks like one the creator may see already.
     *
     * @param allowDuplicates whether to create it even so
     * @throws DuplicatesFoundException with the candidates, unless duplicates are allowed
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public CompanyView create(long creatorId, CompanyForm form, boolean allowDuplicates) {
        CompanyForm checked = checked(form, null, creatorId);
        if (!allowDuplicates) {
            List<DuplicateCandidate> candidates = duplicates.forCompany(visibility.viewerOf(creatorId), checked);
            if (!candidates.isEmpty()) {
                throw new DuplicatesFoundException(candidates);
            }
        }
        CompanyView created = companies.save(new Company(checked, creatorId)).toView();
        searchWords.indexNew(SearchWords.COMPANY, created.id(), searchText(created), Company.first(created.phones()));
        return created;
    }

    /** The company, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<CompanyView> find(long id) {
        return companies.findById(id).filter(this::visible).map(Company::toView);
    }

    /** Whether the company exists and the signed-in user may see it, from its row alone (one statement, no transaction). */
    public boolean isVisible(long id) {
        return rows.visible(RecordRows.Table.COMPANIES, id);
    }

    /**
     * The company's name, whoever may see it: for what another module makes on a user's behalf
     * from an event, without a signed-in user (such as the deal opened for a converted lead).
     */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(long id) {
        return companies.findById(id).map(Company::getName);
    }

    /** The company's type (reference data), whoever may see it: what price lists for a customer type go by. */
    @Transactional(readOnly = true)
    public Optional<Long> typeOf(long id) {
        return companies.findById(id).map(company -> company.toView().typeId());
    }

    /**
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws RecordNotFoundException if there is no such company or the user may not see it
     * @throws InvalidInputException naming every field at fault
     * @throws ObjectOptimisticLockingFailureException if it was changed since the expected version
     */
    @Transactional
    public CompanyView change(long id, CompanyForm form, Long expectedVersion) {
        Company company = visibleCompany(id);
        if (expectedVersion != null && expectedVersion != company.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Company.class, id);
        }
        CompanyForm checked = checked(form, company, visibility.viewer().userId());
        if (!checked.equals(company.toView().toForm())) {
            company.apply(checked);
            companies.flush();
            index(company.toView());
        }
        return company.toView();
    }

    /**
     * Deletes a company that nobody works at any more, with its timeline.
     *
     * @throws RecordNotFoundException if there is no such company or the user may not see it
     * @throws ConflictException while contacts are linked to it, whether the user sees them or not
     */
    @Transactional
    public void delete(long id) {
        Company company = visibleCompany(id);
        if (contacts.existsByCompanyId(id)) {
            throw new ConflictException("companies.delete.has-contacts", List.of());
        }
        timelineEntries.deleteAll(timelineEntries.findBySubjectTypeAndSubjectId(TimelineSubject.COMPANY, id));
        companies.delete(company);
        searchWords.remove(SearchWords.COMPANY, id);
        tagLinks.removeAllOf(TaggedType.COMPANY, id);
    }

    private void index(CompanyView company) {
        searchWords.index(SearchWords.COMPANY, company.id(), searchText(company), Company.first(company.phones()));
    }

    private static String searchText(CompanyView company) {
        return company.name() + " " + Objects.toString(company.alternativeNames(), "");
    }

    /** Whether contacts, visible to the user or not, are linked to the company. */
    @Transactional(readOnly = true)
    public boolean hasContacts(long id) {
        return contacts.existsByCompanyId(id);
    }

    /** One page of the companies the signed-in user may see. */
    public CursorPage<CompanySummary> list(CompanyFilter filter, PageRequest page) {
        return list.list(visibility.viewer(), filter, page);
    }

    /**
     * Roughly how many companies the list would hold, from the database's statistics; only for an
     * unfiltered list of a user who sees every company, empty otherwise.
     */
    public OptionalLong estimateCount(CompanyFilter filter) {
        Viewer viewer = visibility.viewer();
        return viewer.seesAll() && filter.isEmpty() ? estimates.of("companies") : OptionalLong.empty();
    }

    /** The sorts the list offers: {@code name}, {@code createdAt}, each also descending ({@code -name}). */
    public static List<String> sorts() {
        return CompanyList.SORTS;
    }

    public static String defaultSort() {
        return CompanyList.DEFAULT_SORT;
    }

    Company visibleCompany(long id) {
        Company company = companies.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        visibility.check(RECORD_TYPE, id, company.getOwnerId(), company.getTeamId(), company.getCoOwnerIds());
        return company;
    }

    private boolean visible(Company company) {
        return visibility.canSee(company.getOwnerId(), company.getTeamId(), company.getCoOwnerIds());
    }

    /** @param current the company before the change, or {@code null} for a new one */
    private CompanyForm checked(CompanyForm form, Company current, long editorId) {
        FieldChecks checks = new FieldChecks();
        CompanyView before = current == null ? null : current.toView();
        referenceData.check(checks, "typeId", ReferenceKind.COMPANY_TYPE, form.typeId(), before == null ? null : before.typeId(),
                editorId);
        referenceData.checkAll(checks, "industryIds", ReferenceKind.INDUSTRY, form.industryIds(),
                before == null ? List.of() : before.industryIds(), editorId);
        referenceData.check(checks, "sourceId", ReferenceKind.LEAD_SOURCE, form.sourceId(), before == null ? null : before.sourceId(),
                editorId);
        String country = ContactDetails.country(checks, "address.country", form.address().country());
        Address address = new Address(checks.optional("address.street", form.address().street(), 200),
                checks.optional("address.postalCode", form.address().postalCode(), 20),
                checks.optional("address.city", form.address().city(), 120),
                checks.optional("address.region", form.address().region(), 120), country);
        CompanyForm normalized = new CompanyForm(checks.required("name", form.name(), 200),
                checks.optional("alternativeNames", form.alternativeNames(), 500),
                ContactDetails.website(checks, "website", form.website()),
                ContactDetails.emails(checks, "emails", form.emails()),
                ContactDetails.phones(checks, "phones", form.phones(), Countries.isKnown(country) ? country : null),
                address,
                checks.optional("registrationNumber", form.registrationNumber(), 100),
                checks.optional("description", form.description(), 4000),
                form.ownerId(), form.teamId(), form.coOwnerIds(), form.typeId(), form.industryIds(), form.sourceId());
        ownership.check(checks, form.ownerId(), form.teamId(), form.coOwnerIds(), current == null ? null : current.ownership());
        checks.throwIfAny();
        return normalized;
    }
}
