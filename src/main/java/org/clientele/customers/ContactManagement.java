package org.clientele.customers;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing and deleting contacts. Everything but {@link #create} acts for the
 * signed-in user and only on the contacts they may see: any other answers as missing. A contact
 * can only be put at a company its editor may see.
 */
@Service
public class ContactManagement {

    static final String RECORD_TYPE = "Contact";

    private final Contacts contacts;
    private final Companies companies;
    private final ContactList list;
    private final ContactHistory history;
    private final RowEstimates estimates;
    private final RecordVisibility visibility;
    private final Ownership ownership;
    private final TimelineEntries timelineEntries;
    private final TagLinks tagLinks;
    private final SegmentMembers segmentMembers;
    private final SearchWords searchWords;
    private final DuplicateDetection duplicates;

    ContactManagement(Contacts contacts, Companies companies, ContactList list, ContactHistory history, RowEstimates estimates,
            RecordVisibility visibility, Ownership ownership, TimelineEntries timelineEntries, SearchWords searchWords,
            DuplicateDetection duplicates, TagLinks tagLinks, SegmentMembers segmentMembers) {
        this.duplicates = duplicates;
        this.contacts = contacts;
        this.companies = companies;
        this.list = list;
        this.history = history;
        this.estimates = estimates;
        this.visibility = visibility;
        this.ownership = ownership;
        this.timelineEntries = timelineEntries;
        this.tagLinks = tagLinks;
        this.segmentMembers = segmentMembers;
        this.searchWords = searchWords;
    }

    /**
     * An empty form owned by the user and put in their first team.
     *
     * @param companyId the company the new contact works at, or {@code null}
     */
    @Transactional(readOnly = true)
    public ContactForm newForm(long userId, Long companyId) {
        return new ContactForm(null, null, null, companyId, null, null, null, null, userId, ownership.defaultTeamOf(userId), null);
    }

    /**
     * @param creatorId the user who creates it; the company must be one they may see
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public ContactView create(long creatorId, ContactForm form) {
        return create(creatorId, form, true);
    }

    /**
     * Creates a contact unless it looks like one the creator may see already.
     *
     * @param allowDuplicates whether to create it even so
     * @throws DuplicatesFoundException with the candidates, unless duplicates are allowed
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public ContactView create(long creatorId, ContactForm form, boolean allowDuplicates) {
        Viewer creator = visibility.viewerOf(creatorId);
        ContactForm checked = checked(form, null, null, creator);
        if (!allowDuplicates) {
            List<DuplicateCandidate> candidates = duplicates.forContact(creator, checked);
            if (!candidates.isEmpty()) {
                throw new DuplicatesFoundException(candidates);
            }
        }
        Contact contact = contacts.save(new Contact(checked, creatorId));
        ContactView created = view(contact);
        searchWords.indexNew(SearchWords.CONTACT, created.id(), searchText(created), Company.first(created.phones()));
        return created;
    }

    /**
     * As {@link #create(long, ContactForm, boolean)} with the creator's {@link #newForm} as filled in
     * by the caller (the API sets the members a request sends), all in one transaction.
     */
    @Transactional
    public ContactView createFrom(long creatorId, UnaryOperator<ContactForm> filling, boolean allowDuplicates) {
        return create(creatorId, filling.apply(newForm(creatorId, null)), allowDuplicates);
    }

    /** The contact, if it exists and the signed-in user may see it. */
    @Transactional(readOnly = true)
    public Optional<ContactView> find(long id) {
        return contacts.findWithDetailsById(id).filter(this::visible).map(this::view);
    }

    /** Whether the contact exists and the signed-in user may see it, without making a view of it. */
    @Transactional(readOnly = true)
    public boolean isVisible(long id) {
        return contacts.findById(id).filter(this::visible).isPresent();
    }

    /**
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws RecordNotFoundException if there is no such contact or the user may not see it
     * @throws InvalidInputException naming every field at fault
     * @throws ObjectOptimisticLockingFailureException if it was changed since the expected version
     */
    @Transactional
    public ContactView change(long id, ContactForm form, Long expectedVersion) {
        Contact contact = visibleContact(id);
        if (expectedVersion != null && expectedVersion != contact.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Contact.class, id);
        }
        ContactForm checked = checked(form, contact.ownership(), contact.getCompanyId(), visibility.viewer());
        if (!checked.equals(view(contact).toForm())) {
            contact.apply(checked);
            contacts.flush();
            index(view(contact));
        }
        return view(contact);
    }

    @Transactional
    public void delete(long id) {
        Contact contact = visibleContact(id);
        timelineEntries.deleteAll(timelineEntries.findBySubjectTypeAndSubjectId(TimelineSubject.CONTACT, id));
        contacts.delete(contact);
        searchWords.remove(SearchWords.CONTACT, id);
        tagLinks.removeAllOf(TaggedType.CONTACT, id);
        segmentMembers.removeContact(id);
    }

    private void index(ContactView contact) {
        searchWords.index(SearchWords.CONTACT, contact.id(), searchText(contact), Company.first(contact.phones()));
    }

    private static String searchText(ContactView contact) {
        return Objects.toString(contact.firstName(), "") + " " + Objects.toString(contact.lastName(), "");
    }

    /** One page of the contacts the signed-in user may see. */
    public CursorPage<ContactSummary> list(ContactFilter filter, PageRequest page) {
        return list.list(visibility.viewer(), filter, page);
    }

    /** Like {@link CompanyManagement#estimateCount}: statistics for an unfiltered list of someone who sees all. */
    public OptionalLong estimateCount(ContactFilter filter) {
        Viewer viewer = visibility.viewer();
        return viewer.seesAll() && filter.isEmpty() ? estimates.of("contacts") : OptionalLong.empty();
    }

    /**
     * The companies the contact worked at before, most recent first, as far as the signed-in user
     * may see them (and they still exist).
     *
     * @throws RecordNotFoundException if there is no such contact or the user may not see it
     */
    @Transactional(readOnly = true)
    public List<FormerCompany> formerCompanies(long id) {
        visibleContact(id);
        return history.formerCompanies(id).stream()
                .flatMap(stint -> companies.findById(stint.companyId())
                        .filter(company -> visibility.canSee(company.getOwnerId(), company.getTeamId(), company.getCoOwnerIds()))
                        .map(company -> new FormerCompany(stint.companyId(), company.toView().name(), stint.until())).stream())
                .toList();
    }

    public static List<String> sorts() {
        return ContactList.SORTS;
    }

    public static String defaultSort() {
        return ContactList.DEFAULT_SORT;
    }

    Contact visibleContact(long id) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        visibility.check(RECORD_TYPE, id, contact.getOwnerId(), contact.getTeamId(), contact.getCoOwnerIds());
        return contact;
    }

    private boolean visible(Contact contact) {
        return visibility.canSee(contact.getOwnerId(), contact.getTeamId(), contact.getCoOwnerIds());
    }

    private ContactView view(Contact contact) {
        String companyName = contact.getCompanyId() == null ? null
                : companies.findById(contact.getCompanyId()).map(Company::getName).orElse(null);
        return contact.toView(companyName);
    }

    /** Where numbers without + are read: the contact's country, else their company's. */
    private String phoneRegion(String country, Long companyId) {
        if (Countries.isKnown(country)) {
            return country;
        }
        return companyId == null ? null : companies.findById(companyId).map(company -> company.toView().address().country())
                .filter(Countries::isKnown).orElse(null);
    }

    /**
     * @param currentCompanyId the company before the change: it may stay even if the editor does not see it
     * @param editor whoever makes the change, who must see a newly chosen company
     */
    private ContactForm checked(ContactForm form, Ownership.Current current, Long currentCompanyId, Viewer editor) {
        FieldChecks checks = new FieldChecks();
        if (form.companyId() != null && !Objects.equals(form.companyId(), currentCompanyId)
                && companies.findById(form.companyId())
                        .filter(company -> editor.canSee(company.getOwnerId(), company.getTeamId(), company.getCoOwnerIds()))
                        .isEmpty()) {
            checks.reject("companyId", "validation.contacts.company-unknown");
        }
        ContactForm normalized = ContactFormChecks.normalized(checks, form, country -> phoneRegion(country, form.companyId()));
        ownership.check(checks, form.ownerId(), form.teamId(), form.coOwnerIds(), current);
        checks.throwIfAny();
        return normalized;
    }
}
