package org.clientele.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.clientele.identity.RecordVisibility;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two companies or two contacts (feature C6): the survivor takes the chosen value of each
 * field, the further e-mail addresses, phone numbers and co-owners of both (the owner not kept
 * becomes a co-owner, so nobody loses sight of the record), and every link of the merged record
 * through the {@link MergeParticipant}s; then the merged record is deleted, a {@link TimelineKind#MERGE}
 * entry on the survivor names it, and {@link CompaniesMerged} or {@link ContactsMerged} tells the
 * other modules. All in one transaction, so Envers keeps it as one revision, and a failure leaves
 * both records as they were. The signed-in user must see both records; the callers check that they
 * may change customers.
 */
@Service
public class MergeManagement {

    static final List<String> COMPANY_FIELDS = List.of("name", "alternativeNames", "website", "email", "phone", "address",
            "registrationNumber", "typeId", "sourceId", "description", "ownerId", "teamId");
    static final List<String> CONTACT_FIELDS = List.of("firstName", "lastName", "title", "companyId", "email", "phone", "birthday",
            "address", "ownerId", "teamId");

    private final CompanyManagement companyManagement;
    private final ContactManagement contactManagement;
    private final Companies companies;
    private final Contacts contacts;
    private final RecordVisibility visibility;
    private final List<MergeParticipant> participants;
    private final Timeline timeline;
    private final SearchWords searchWords;
    private final ApplicationEventPublisher events;
    private final Ownership ownership;

    MergeManagement(CompanyManagement companyManagement, ContactManagement contactManagement, Companies companies, Contacts contacts,
            RecordVisibility visibility, List<MergeParticipant> participants, Timeline timeline, SearchWords searchWords,
            ApplicationEventPublisher events, Ownership ownership) {
        this.ownership = ownership;
        this.companyManagement = companyManagement;
        this.contactManagement = contactManagement;
        this.companies = companies;
        this.contacts = contacts;
        this.visibility = visibility;
        this.participants = List.copyOf(participants);
        this.timeline = timeline;
        this.searchWords = searchWords;
        this.events = events;
    }

    /** The fields a company merge chooses between, in the order pages show them. */
    public static List<String> companyFields() {
        return COMPANY_FIELDS;
    }

    public static List<String> contactFields() {
        return CONTACT_FIELDS;
    }

    /** @throws RecordNotFoundException if either company does not exist or the user may not see it */
    @Transactional(readOnly = true)
    public MergePreview previewCompanies(long survivorId, long mergedId) {
        CompanyView survivor = companyManagement.find(survivorId).orElseThrow(() -> missing(CompanyManagement.RECORD_TYPE, survivorId));
        CompanyView merged = companyManagement.find(mergedId).orElseThrow(() -> missing(CompanyManagement.RECORD_TYPE, mergedId));
        List<MergeField> fields = new ArrayList<>();
        for (String field : COMPANY_FIELDS) {
            fields.add(new MergeField(field, companyValue(survivor, field), companyValue(merged, field)));
        }
        return new MergePreview(TimelineSubject.COMPANY, survivorId, survivor.name(), mergedId, merged.name(), fields);
    }

    /** @throws RecordNotFoundException if either contact does not exist or the user may not see it */
    @Transactional(readOnly = true)
    public MergePreview previewContacts(long survivorId, long mergedId) {
        ContactView survivor = contactManagement.find(survivorId).orElseThrow(() -> missing(ContactManagement.RECORD_TYPE, survivorId));
        ContactView merged = contactManagement.find(mergedId).orElseThrow(() -> missing(ContactManagement.RECORD_TYPE, mergedId));
        List<MergeField> fields = new ArrayList<>();
        for (String field : CONTACT_FIELDS) {
            fields.add(new MergeField(field, contactValue(survivor, field), contactValue(merged, field)));
        }
        return new MergePreview(TimelineSubject.CONTACT, survivorId, survivor.fullName(), mergedId, merged.fullName(), fields);
    }

    /**
     * Merges one company into another.
     *
     * @return the survivor as merged
     * @throws RecordNotFoundException if either company does not exist or the user may not see it
     * @throws InvalidInputException for a merge of a company with itself, an unknown field, or a survivor that would be invalid
     */
    @Transactional
    public CompanyView mergeCompanies(MergeChoices choices) {
        checkChoices(choices, COMPANY_FIELDS);
        Company survivorRecord = companyManagement.visibleCompany(choices.survivorId());
        Company mergedRecord = companyManagement.visibleCompany(choices.mergedId());
        CompanyView survivor = survivorRecord.toView();
        CompanyView merged = mergedRecord.toView();
        Picker<CompanyView> pick = new Picker<>(choices, survivor, merged);
        long ownerId = pick.value("ownerId", CompanyView::ownerId);
        CompanyForm form = new CompanyForm(pick.value("name", CompanyView::name), pick.value("alternativeNames", CompanyView::alternativeNames),
                pick.value("website", CompanyView::website), combined(pick.fromMerged("email"), survivor.emails(), merged.emails()),
                combined(pick.fromMerged("phone"), survivor.phones(), merged.phones()), pick.value("address", CompanyView::address),
                pick.value("registrationNumber", CompanyView::registrationNumber), pick.value("description", CompanyView::description),
                ownerId, pick.value("teamId", CompanyView::teamId),
                coOwners(ownerId, survivor.ownerId(), survivor.coOwnerIds(), merged.ownerId(), merged.coOwnerIds()),
                pick.value("typeId", CompanyView::typeId), union(survivor.industryIds(), merged.industryIds()),
                pick.value("sourceId", CompanyView::sourceId));
        moveLinks(TimelineSubject.COMPANY, choices);
        CompanyView result = companyManagement.change(choices.survivorId(), form, null);
        companies.delete(mergedRecord);
        searchWords.remove(SearchWords.COMPANY, choices.mergedId());
        recordOnSurvivor(TimelineSubject.company(choices.survivorId()), merged.name(), choices.mergedId());
        events.publishEvent(new CompaniesMerged(choices.survivorId(), choices.mergedId()));
        return result;
    }

    /**
     * Merges one contact into another.
     *
     * @return the survivor as merged
     * @throws RecordNotFoundException if either contact does not exist or the user may not see it
     * @throws InvalidInputException for a merge of a contact with itself, an unknown field, or a survivor that would be invalid
     */
    @Transactional
    public ContactView mergeContacts(MergeChoices choices) {
        checkChoices(choices, CONTACT_FIELDS);
        Contact mergedRecord = contactManagement.visibleContact(choices.mergedId());
        ContactView survivor = contactManagement.find(choices.survivorId())
                .orElseThrow(() -> missing(ContactManagement.RECORD_TYPE, choices.survivorId()));
        ContactView merged = contactManagement.find(choices.mergedId()).orElseThrow();
        Picker<ContactView> pick = new Picker<>(choices, survivor, merged);
        long ownerId = pick.value("ownerId", ContactView::ownerId);
        ContactForm form = new ContactForm(pick.value("firstName", ContactView::firstName), pick.value("lastName", ContactView::lastName),
                pick.value("title", ContactView::title), pick.value("companyId", ContactView::companyId),
                combined(pick.fromMerged("email"), survivor.emails(), merged.emails()),
                combined(pick.fromMerged("phone"), survivor.phones(), merged.phones()), pick.value("birthday", ContactView::birthday),
                pick.value("address", ContactView::address), ownerId, pick.value("teamId", ContactView::teamId),
                coOwners(ownerId, survivor.ownerId(), survivor.coOwnerIds(), merged.ownerId(), merged.coOwnerIds()));
        moveLinks(TimelineSubject.CONTACT, choices);
        ContactView result = contactManagement.change(choices.survivorId(), form, null);
        contacts.delete(mergedRecord);
        searchWords.remove(SearchWords.CONTACT, choices.mergedId());
        recordOnSurvivor(TimelineSubject.contact(choices.survivorId()), merged.fullName(), choices.mergedId());
        events.publishEvent(new ContactsMerged(choices.survivorId(), choices.mergedId()));
        return result;
    }

    private void moveLinks(String type, MergeChoices choices) {
        participants.forEach(participant -> participant.moveAll(type, choices.mergedId(), choices.survivorId()));
    }

    private void recordOnSurvivor(TimelineSubject survivor, String mergedName, long mergedId) {
        timeline.record(new TimelineEntryDraft(survivor, TimelineKind.MERGE, Instant.now(), visibility.viewer().userId(), null, null,
                null, null, null, mergedName.isBlank() ? "#" + mergedId : mergedName, null, null, null, "customers",
                "merge:" + survivor.type() + ":" + mergedId));
    }

    private static void checkChoices(MergeChoices choices, List<String> fields) {
        FieldChecks checks = new FieldChecks();
        if (choices.survivorId() == choices.mergedId()) {
            checks.reject("mergedId", "validation.merge.same-record");
        }
        choices.fields().keySet().stream().filter(field -> !fields.contains(field)).sorted()
                .forEach(field -> checks.reject("fields." + field, "validation.merge.field-unknown"));
        checks.throwIfAny();
    }

    /** The chosen side's main value first, then every other value of both, each once. */
    private static Set<Long> union(List<Long> survivor, List<Long> merged) {
        Set<Long> all = new LinkedHashSet<>(survivor);
        all.addAll(merged);
        return all;
    }

    private static List<String> combined(boolean mergedFirst, List<String> survivor, List<String> merged) {
        Set<String> values = new LinkedHashSet<>();
        if (mergedFirst && !merged.isEmpty()) {
            values.add(merged.get(0));
        }
        values.addAll(survivor);
        values.addAll(merged);
        return List.copyOf(values);
    }

    /**
     * The survivor's co-owners, then those of the merged record and the owner not kept, as far as
     * they are active users and a record takes co-owners.
     */
    private Set<Long> coOwners(long ownerId, long survivorOwner, List<Long> survivorCoOwners, long mergedOwner,
            List<Long> mergedCoOwners) {
        Set<Long> all = new LinkedHashSet<>(survivorCoOwners);
        Set<Long> added = new LinkedHashSet<>(List.of(survivorOwner, mergedOwner));
        added.addAll(mergedCoOwners);
        added.stream().filter(id -> !all.contains(id) && ownership.activeUser(id)).forEach(all::add);
        all.remove(ownerId);
        return all.stream().limit(ContactDetails.MAX_ENTRIES).collect(java.util.stream.Collectors.toSet());
    }

    private static Object companyValue(CompanyView company, String field) {
        return switch (field) {
            case "name" -> company.name();
            case "alternativeNames" -> company.alternativeNames();
            case "website" -> company.website();
            case "email" -> company.emails().isEmpty() ? null : company.emails().get(0);
            case "phone" -> company.phones().isEmpty() ? null : company.phones().get(0);
            case "address" -> company.address().blank() ? null : company.address();
            case "registrationNumber" -> company.registrationNumber();
            case "typeId" -> company.typeId();
            case "sourceId" -> company.sourceId();
            case "description" -> company.description();
            case "ownerId" -> company.ownerId();
            case "teamId" -> company.teamId();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Object contactValue(ContactView contact, String field) {
        return switch (field) {
            case "firstName" -> contact.firstName();
            case "lastName" -> contact.lastName();
            case "title" -> contact.title();
            case "companyId" -> contact.companyName();
            case "email" -> contact.emails().isEmpty() ? null : contact.emails().get(0);
            case "phone" -> contact.phones().isEmpty() ? null : contact.phones().get(0);
            case "birthday" -> contact.birthday();
            case "address" -> contact.address().blank() ? null : contact.address();
            case "ownerId" -> contact.ownerId();
            case "teamId" -> contact.teamId();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static RecordNotFoundException missing(String type, long id) {
        return new RecordNotFoundException(type, id);
    }

    /** Takes each field from the side the choices name. */
    private record Picker<T>(MergeChoices choices, T survivor, T merged) {

        boolean fromMerged(String field) {
            return choices.fromMerged(field);
        }

        <V> V value(String field, Function<T, V> getter) {
            return getter.apply(fromMerged(field) ? merged : survivor);
        }
    }
}
