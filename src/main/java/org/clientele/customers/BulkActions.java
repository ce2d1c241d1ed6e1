package org.clientele.customers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One action on many selected companies, contacts or leads, for the signed-in user: all or
 * nothing, in one transaction. Every record must be one the user may see, else the whole batch
 * is refused before anything changes; each record is then changed through its management
 * service, which checks and audits it as a single change would, and any refusal there (a company
 * people still work at, a converted lead) rolls the whole batch back.
 */
@Service
public class BulkActions {

    /** The most records one action takes: a page of a list is at most 200. */
    public static final int MAX_IDS = 200;

    private final CompanyManagement companies;
    private final ContactManagement contacts;
    private final LeadManagement leads;
    private final TagManagement tags;
    private final TaggedRecords records;
    private final SegmentManagement segments;

    BulkActions(CompanyManagement companies, ContactManagement contacts, LeadManagement leads, TagManagement tags,
            TaggedRecords records, SegmentManagement segments) {
        this.segments = segments;
        this.companies = companies;
        this.contacts = contacts;
        this.leads = leads;
        this.tags = tags;
        this.records = records;
    }

    /**
     * @param action the code of a {@link BulkAction}
     * @param tagId the tag to add or remove, for those actions
     * @param ownerId the new owner, for {@code change-owner}
     * @param segmentId the static segment, for {@code add-to-segment} (contacts only)
     * @return how many records were changed
     * @throws InvalidInputException for an unknown action, no or too many ids, ids of records that do not exist or the user
     *         may not see (named in the problem), or a missing or unknown tag or owner; nothing is changed
     * @throws ConflictException if one record refuses the change; nothing is changed
     */
    @Transactional
    public int apply(TaggedType type, String action, List<Long> ids, Long tagId, Long ownerId, Long segmentId) {
        BulkAction chosen = checked(type, action, ids, tagId, ownerId, segmentId);
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (chosen == BulkAction.ADD_TO_SEGMENT) {
            return segments.addMembers(segmentId, distinct);
        }
        for (long id : distinct) {
            switch (chosen) {
                case ADD_TAG -> tags.tag(type, id, tagId);
                case REMOVE_TAG -> tags.untag(type, id, tagId);
                case CHANGE_OWNER -> changeOwner(type, id, ownerId);
                case DELETE -> delete(type, id);
                case ADD_TO_SEGMENT -> throw new IllegalStateException("added above");
            }
        }
        return distinct.size();
    }

    private BulkAction checked(TaggedType type, String action, List<Long> ids, Long tagId, Long ownerId, Long segmentId) {
        FieldChecks checks = new FieldChecks();
        BulkAction chosen = BulkAction.ofCode(action).filter(known -> known != BulkAction.ADD_TO_SEGMENT || type == TaggedType.CONTACT)
                .orElse(null);
        if (chosen == null) {
            checks.reject("action", "validation.bulk.action-unknown");
        }
        if (ids == null || ids.isEmpty()) {
            checks.reject("ids", "validation.bulk.ids-required");
        }
        else if (ids.size() > MAX_IDS) {
            checks.reject("ids", "validation.bulk.ids-too-many", MAX_IDS);
        }
        else {
            List<Long> unknown = new ArrayList<>();
            for (long id : new LinkedHashSet<>(ids)) {
                if (!records.visible(type, id)) {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                checks.reject("ids", "validation.bulk.ids-unknown", String.join(", ", unknown.stream().map(String::valueOf).toList()));
            }
        }
        if ((chosen == BulkAction.ADD_TAG || chosen == BulkAction.REMOVE_TAG) && (tagId == null || tags.find(tagId).isEmpty())) {
            checks.reject("tagId", "validation.bulk.tag-required");
        }
        if (chosen == BulkAction.ADD_TO_SEGMENT && (segmentId == null || !segments.isStatic(segmentId))) {
            checks.reject("segmentId", "validation.bulk.segment-required");
        }
        if (chosen == BulkAction.CHANGE_OWNER && ownerId == null) {
            checks.reject("ownerId", "validation.bulk.owner-required");
        }
        checks.throwIfAny();
        return chosen;
    }

    private void changeOwner(TaggedType type, long id, long ownerId) {
        switch (type) {
            case COMPANY -> {
                CompanyForm form = companies.find(id).orElseThrow().toForm();
                companies.change(id, new CompanyForm(form.name(), form.alternativeNames(), form.website(), form.emails(), form.phones(),
                        form.address(), form.registrationNumber(), form.description(), ownerId, form.teamId(), form.coOwnerIds()), null);
            }
            case CONTACT -> {
                ContactForm form = contacts.find(id).orElseThrow().toForm();
                contacts.change(id, new ContactForm(form.firstName(), form.lastName(), form.title(), form.companyId(), form.emails(),
                        form.phones(), form.birthday(), form.address(), ownerId, form.teamId(), form.coOwnerIds()), null);
            }
            case LEAD -> {
                LeadForm form = leads.find(id).orElseThrow().toForm();
                leads.change(id, new LeadForm(form.firstName(), form.lastName(), form.title(), form.email(), form.phone(),
                        form.companyName(), form.website(), form.companyEmail(), form.companyPhone(), form.address(), form.sourceId(),
                        form.industryId(), form.description(), ownerId, form.teamId(), form.coOwnerIds()), null);
            }
        }
    }

    private void delete(TaggedType type, long id) {
        switch (type) {
            case COMPANY -> companies.delete(id);
            case CONTACT -> contacts.delete(id);
            case LEAD -> leads.delete(id);
        }
    }
}
