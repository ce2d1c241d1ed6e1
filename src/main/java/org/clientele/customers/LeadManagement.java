package org.clientele.customers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads: creating, reading, changing, deleting, qualifying, disqualifying, reopening and
 * converting them into a company and a contact. Everything but {@link #create} acts for the
 * signed-in user and only on the leads they may see: any other answers as missing. A converted
 * lead is read-only: changes, transitions and deletion answer with a {@link ConflictException}.
 */
@Service
public class LeadManagement {

    static final String RECORD_TYPE = "Lead";

    private final Leads leads;
    private final LeadList list;
    private final LeadMatches matches;
    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final ReferenceDataManagement referenceData;
    private final RowEstimates estimates;
    private final RecordVisibility visibility;
    private final Ownership ownership;
    private final ApplicationEventPublisher events;
    private final SearchWords searchWords;
    private final DuplicateDetection duplicates;
    private final TimelineEntries timelineEntries;
    private final TagLinks tagLinks;

    LeadManagement(Leads leads, LeadList list, LeadMatches matches, CompanyManagement companies, ContactManagement contacts,
            ReferenceDataManagement referenceData, RowEstimates estimates, RecordVisibility visibility, Ownership ownership,
            ApplicationEventPublisher events, SearchWords searchWords, DuplicateDetection duplicates,
            TimelineEntries timelineEntries, TagLinks tagLinks) {
        this.timelineEntries = timelineEntries;
        this.duplicates = duplicates;
        this.leads = leads;
        this.list = list;
        this.matches = matches;
        this.companies = companies;
        this.contacts = contacts;
        this.referenceData = referenceData;
        this.estimates = estimates;
        this.visibility = visibility;
        this.ownership = ownership;
        this.events = events;
        this.searchWords = searchWords;
        this.tagLinks = tagLinks;
    }

    /** An empty form owned by the user and put in their first team. */
    @Transactional(readOnly = true)
    public LeadForm newForm(long userId) {
        return new LeadForm(null, null, null, null, null, null, null, null, null, null, null, null, null, userId,
                ownership.defaultTeamOf(userId), null);
    }

    /**
     * @param creatorId the user who creates it, recorded as its creator
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public LeadView create(long creatorId, LeadForm form) {
        return create(creatorId, form, true);
    }

    /**
     * Creates a lead unless it looks like a lead, contact or company the creator may see already.
     *
     * @param allowDuplicates whether to create it even so
     * @throws DuplicatesFoundException with the candidates, unless duplicates are allowed
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public LeadView create(long creatorId, LeadForm form, boolean allowDuplicates) {
        LeadForm checked = checked(form, null, null, creatorId);
        if (!allowDuplicates) {
            List<DuplicateCandidate> candidates = duplicates.forLead(visibility.viewerOf(creatorId), checked);
            if (!candidates.isEmpty()) {
                throw new DuplicatesFoundException(candidates);
            }
        }
        LeadView created = leads.save(new Lead(checked, creatorId)).toView();
        searchWords.indexNew(SearchWords.LEAD, created.id(), searchText(created), created.phone());
        return created;
    }

    /** The lead, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<LeadView> find(long id) {
        return leads.findById(id).filter(this::visible).map(Lead::toView);
    }

    /**
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws RecordNotFoundException if there is no such lead or the user may not see it
     * @throws ConflictException if the lead is converted
     * @throws InvalidInputException naming every field at fault
     * @throws ObjectOptimisticLockingFailureException if it was changed since the expected version
     */
    @Transactional
    public LeadView change(long id, LeadForm form, Long expectedVersion) {
        Lead lead = visibleLead(id);
        lead.requireOpen();
        if (expectedVersion != null && expectedVersion != lead.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Lead.class, id);
        }
        LeadForm checked = checked(form, lead, lead.ownership(), visibility.viewer().userId());
        if (!checked.equals(lead.toView().toForm())) {
            lead.apply(checked);
            leads.flush();
            index(lead.toView());
        }
        return lead.toView();
    }

    /** @throws ConflictException if the lead is converted: it keeps where it went */
    @Transactional
    public void delete(long id) {
        Lead lead = visibleLead(id);
        lead.requireOpen();
        timelineEntries.deleteAll(timelineEntries.findBySubjectTypeAndSubjectId(TimelineSubject.LEAD, id));
        leads.delete(lead);
        searchWords.remove(SearchWords.LEAD, id);
        tagLinks.removeAllOf(TaggedType.LEAD, id);
    }

    private void index(LeadView lead) {
        searchWords.index(SearchWords.LEAD, lead.id(), searchText(lead), lead.phone());
    }

    private static String searchText(LeadView lead) {
        return (Objects.toString(lead.firstName(), "") + " " + Objects.toString(lead.lastName(), "") + " "
                + Objects.toString(lead.companyName(), "")).strip();
    }

    /** @throws ConflictException unless the lead is new */
    @Transactional
    public LeadView qualify(long id) {
        Lead lead = visibleLead(id);
        lead.qualify();
        leads.flush();
        return lead.toView();
    }

    /**
     * @throws ConflictException if the lead is disqualified or converted already
     * @throws InvalidInputException if the reason is missing or too long
     */
    @Transactional
    public LeadView disqualify(long id, String reason) {
        Lead lead = visibleLead(id);
        lead.requireOpen();
        if (!lead.getStatus().disqualifiable()) {
            throw new ConflictException("leads.transition.disqualify", List.of());
        }
        FieldChecks checks = new FieldChecks();
        String checked = checks.required("reason", reason, 500);
        checks.throwIfAny();
        lead.disqualify(checked);
        leads.flush();
        return lead.toView();
    }

    /** @throws ConflictException unless the lead is disqualified */
    @Transactional
    public LeadView reopen(long id) {
        Lead lead = visibleLead(id);
        lead.reopen();
        leads.flush();
        return lead.toView();
    }

    /** Companies and contacts the lead may already be, among those the signed-in user may see. */
    @Transactional(readOnly = true)
    public ConversionCandidates candidates(long id) {
        return matches.of(visibility.viewer(), visibleLead(id).toView());
    }

    /**
     * Converts a new or qualified lead in one transaction: to the chosen company or a new one made
     * from the lead's company fields, and to the chosen contact or a new one made from its person
     * fields at that company (none when the lead names no person). What is made belongs to the
     * lead's owner, team and co-owners. Publishes {@link LeadConverted}.
     *
     * @param companyId an existing company the user may see, or {@code null} for a new one
     * @param contactId an existing contact the user may see, or {@code null} for a new one
     * @throws ConflictException if the lead is disqualified or converted already
     * @throws InvalidInputException if a chosen record is not visible, or a new company would have no name
     */
    @Transactional
    public LeadConversion convert(long id, long userId, Long companyId, Long contactId) {
        return convert(visibleLead(id), userId, companyId, contactId);
    }

    /** Converts a lead into new records on a user's behalf, without a signed-in user (demo data). */
    LeadConversion convertToNewRecords(long id, long userId) {
        return convert(leads.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id)), userId, null, null);
    }

    private LeadConversion convert(Lead lead, long userId, Long companyId, Long contactId) {
        lead.requireConvertible();
        LeadView view = lead.toView();
        FieldChecks checks = new FieldChecks();
        if (companyId != null && companies.find(companyId).isEmpty()) {
            checks.reject("companyId", "validation.leads.company-unknown");
        }
        if (companyId == null && view.companyName() == null) {
            checks.reject("companyId", "validation.leads.company-name-required");
        }
        if (contactId != null && contacts.find(contactId).isEmpty()) {
            checks.reject("contactId", "validation.leads.contact-unknown");
        }
        checks.throwIfAny();
        long company = companyId != null ? companyId : companies.create(userId, new CompanyForm(view.companyName(), null,
                view.website(), view.companyEmail() == null ? List.of() : List.of(view.companyEmail()),
                view.companyPhone() == null ? List.of() : List.of(view.companyPhone()), view.address(), null, view.description(),
                view.ownerId(), view.teamId(), Set.copyOf(view.coOwnerIds()), null, industries(view.industryId(), userId),
                referenceData.ifOffered(ReferenceKind.LEAD_SOURCE, view.sourceId(), userId))).id();
        Long contact = contactId;
        if (contact == null && !view.personName().isEmpty()) {
            contact = contacts.create(userId, new ContactForm(view.firstName(), view.lastName(), view.title(), company,
                    view.email() == null ? List.of() : List.of(view.email()), view.phone() == null ? List.of() : List.of(view.phone()),
                    null, Address.empty(), view.ownerId(), view.teamId(), Set.copyOf(view.coOwnerIds()))).id();
        }
        lead.converted(company, contact, userId);
        leads.flush();
        events.publishEvent(new LeadConverted(lead.getId(), company, contact, lead.getOwnerId()));
        return new LeadConversion(lead.getId(), company, contact);
    }

    /** The lead a company was made from, if the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<LeadView> convertedToCompany(long companyId) {
        return leads.findFirstByConvertedCompanyIdOrderByIdAsc(companyId).filter(this::visible).map(Lead::toView);
    }

    /** The lead a contact was made from, if the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<LeadView> convertedToContact(long contactId) {
        return leads.findFirstByConvertedContactIdOrderByIdAsc(contactId).filter(this::visible).map(Lead::toView);
    }

    /** One page of the leads the signed-in user may see. */
    public CursorPage<LeadSummary> list(LeadFilter filter, PageRequest page) {
        return list.list(visibility.viewer(), filter, page);
    }

    /** Like {@link CompanyManagement#estimateCount}: statistics for an unfiltered list of someone who sees all. */
    public OptionalLong estimateCount(LeadFilter filter) {
        Viewer viewer = visibility.viewer();
        return viewer.seesAll() && filter.isEmpty() ? estimates.of("leads") : OptionalLong.empty();
    }

    public static List<String> sorts() {
        return LeadList.SORTS;
    }

    public static String defaultSort() {
        return LeadList.DEFAULT_SORT;
    }

    private Lead visibleLead(long id) {
        Lead lead = leads.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        visibility.check(RECORD_TYPE, id, lead.getOwnerId(), lead.getTeamId(), lead.getCoOwnerIds());
        return lead;
    }

    private boolean visible(Lead lead) {
        return visibility.canSee(lead.getOwnerId(), lead.getTeamId(), lead.getCoOwnerIds());
    }

    /** A converted lead's industry for its new company, if it is still offered to the user who converts it. */
    private Set<Long> industries(Long industryId, long userId) {
        Long offered = referenceData.ifOffered(ReferenceKind.INDUSTRY, industryId, userId);
        return offered == null ? Set.of() : Set.of(offered);
    }

    /** @param current the lead before the change, or {@code null} for a new one */
    private LeadForm checked(LeadForm form, Lead current, Ownership.Current currentOwnership, long editorId) {
        FieldChecks checks = new FieldChecks();
        String firstName = checks.optional("firstName", form.firstName(), 100);
        String lastName = checks.optional("lastName", form.lastName(), 100);
        String companyName = checks.optional("companyName", form.companyName(), 200);
        if (firstName == null && lastName == null && companyName == null) {
            checks.reject("lastName", "validation.leads.name-required");
        }
        String country = ContactDetails.country(checks, "address.country", form.address().country());
        String region = Countries.isKnown(country) ? country : null;
        Address address = new Address(checks.optional("address.street", form.address().street(), 200),
                checks.optional("address.postalCode", form.address().postalCode(), 20),
                checks.optional("address.city", form.address().city(), 120),
                checks.optional("address.region", form.address().region(), 120), country);
        referenceData.check(checks, "sourceId", ReferenceKind.LEAD_SOURCE, form.sourceId(), current == null ? null : current.getSourceId(),
                editorId);
        referenceData.check(checks, "industryId", ReferenceKind.INDUSTRY, form.industryId(),
                current == null ? null : current.getIndustryId(), editorId);
        LeadForm normalized = new LeadForm(firstName, lastName, checks.optional("title", form.title(), 150),
                ContactDetails.email(checks, "email", form.email()), ContactDetails.phone(checks, "phone", form.phone(), region),
                companyName, ContactDetails.website(checks, "website", form.website()),
                ContactDetails.email(checks, "companyEmail", form.companyEmail()),
                ContactDetails.phone(checks, "companyPhone", form.companyPhone(), region), address, form.sourceId(),
                form.industryId(), checks.optional("description", form.description(), 4000), form.ownerId(), form.teamId(),
                form.coOwnerIds());
        ownership.check(checks, form.ownerId(), form.teamId(), form.coOwnerIds(), currentOwnership);
        checks.throwIfAny();
        return normalized;
    }
}
