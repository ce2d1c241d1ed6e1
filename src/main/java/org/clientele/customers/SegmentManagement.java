package org.clientele.customers;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.Viewer;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments: named groups of contacts that everyone may use, either listed (static) or found by a
 * saved filter of the contact list (dynamic). Whoever reads a segment sees only the members they
 * may see, counted and listed with the contact list's visibility predicate.
 *
 * <p>Other modules (mass mailing) read a segment's members with {@link #memberIds}, page by page,
 * as the user they act for.
 */
@Service
public class SegmentManagement {

    /** Member counts stop here, so that a page of segments never counts a whole large table. */
    public static final int COUNT_LIMIT = 10_000;
    static final String RECORD_TYPE = "Segment";
    private static final int NAME_LENGTH = 100;

    private final Segments segments;
    private final SegmentMembers members;
    private final ContactList contactList;
    private final RecordVisibility visibility;
    private final TaggedRecords records;

    SegmentManagement(Segments segments, SegmentMembers members, ContactList contactList, RecordVisibility visibility,
            TaggedRecords records) {
        this.segments = segments;
        this.members = members;
        this.contactList = contactList;
        this.visibility = visibility;
        this.records = records;
    }

    /** Every segment by name, with how many members the signed-in user may see (at most {@link #COUNT_LIMIT}). */
    @Transactional(readOnly = true)
    public List<SegmentSummary> all() {
        Viewer viewer = visibility.viewer();
        return segments.findAll().stream().map(Segment::toView)
                .sorted(Comparator.comparing(segment -> segment.name().toLowerCase(Locale.ROOT)))
                .map(segment -> summary(segment, viewer)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SegmentSummary> find(long id) {
        return segments.findById(id).map(segment -> summary(segment.toView(), visibility.viewer()));
    }

    /** Whether the segment exists and lists its members. */
    @Transactional(readOnly = true)
    public boolean isStatic(long id) {
        return segments.findById(id).filter(segment -> segment.getKind() == SegmentKind.STATIC).isPresent();
    }

    /** Every static segment by name, without counting: what a choice of segments offers. */
    @Transactional(readOnly = true)
    public List<SegmentView> staticSegments() {
        return segments.findStatic().stream().map(Segment::toView)
                .sorted(Comparator.comparing(segment -> segment.name().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * Every static segment by name, split into those that list the contact ({@code true}) and the others ({@code false}):
     * what the contact's page shows and offers, from one read of the segments instead of two.
     *
     * @throws RecordNotFoundException if there is no such contact or the user may not see it
     */
    @Transactional(readOnly = true)
    public Map<Boolean, List<SegmentView>> staticSegmentsByMembership(long contactId) {
        records.checkVisible(TaggedType.CONTACT, contactId);
        Set<Long> listing = new HashSet<>(members.findByContactId(contactId).stream().map(SegmentMember::getSegmentId).toList());
        return staticSegments().stream().collect(Collectors.partitioningBy(segment -> listing.contains(segment.id())));
    }

    /**
     * @param filter the contact list's filter a dynamic segment keeps; ignored for a static one
     * @throws InvalidInputException for a missing, too long or taken name, or a dynamic segment without any filter
     */
    @Transactional
    public SegmentView create(String name, SegmentKind kind, ContactFilter filter) {
        FieldChecks checks = new FieldChecks();
        String checkedName = checks.required("name", name, NAME_LENGTH);
        if (checkedName != null && segments.findByNameKey(Segment.key(checkedName)).isPresent()) {
            checks.reject("name", "validation.segments.name-taken");
        }
        if (kind == null) {
            checks.reject("kind", "validation.segments.kind");
        }
        else if (kind == SegmentKind.DYNAMIC && (filter == null || filter.isEmpty())) {
            checks.reject("filter", "validation.segments.filter-empty");
        }
        checks.throwIfAny();
        return segments.save(new Segment(checkedName, kind, filter == null ? ContactFilter.none() : filter,
                visibility.viewer().userId())).toView();
    }

    /** Deletes the segment; the contacts stay. */
    @Transactional
    public void delete(long id) {
        Segment segment = existing(id);
        members.deleteAll(members.findBySegmentId(id));
        members.flush();
        segments.delete(segment);
    }

    /**
     * One page of the members the signed-in user may see, in the contact list's sorts.
     *
     * @throws RecordNotFoundException if there is no such segment
     */
    @Transactional(readOnly = true)
    public CursorPage<ContactSummary> members(long id, PageRequest page) {
        Segment segment = existing(id);
        return contactList.list(visibility.viewer(), filterOf(segment), page, staticId(segment));
    }

    /**
     * The ids of the members the given user may see, by id, after {@code afterId} (0 for the
     * first page), at most {@code limit} of them; an empty list when there are no more. For
     * modules that act for a user in the background, such as a mass mailing sent for its author.
     *
     * @throws RecordNotFoundException if there is no such segment
     */
    @Transactional(readOnly = true)
    public List<Long> memberIds(long segmentId, long actingUserId, long afterId, int limit) {
        Segment segment = existing(segmentId);
        return contactList.ids(visibility.viewerOf(actingUserId), filterOf(segment), staticId(segment), afterId,
                Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)));
    }

    /**
     * Lists contacts in a static segment; those listed already stay once.
     *
     * @throws RecordNotFoundException if there is no such segment
     * @throws ConflictException for a dynamic segment, whose members its filter finds
     * @throws InvalidInputException naming the contacts that do not exist or the user may not see; nothing is added
     */
    @Transactional
    public int addMembers(long id, Collection<Long> contactIds) {
        Segment segment = staticSegment(id);
        Set<Long> distinct = new LinkedHashSet<>(contactIds);
        List<Long> unknown = distinct.stream().filter(contactId -> !records.visible(TaggedType.CONTACT, contactId)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("ids", "validation.bulk.ids-unknown",
                    String.join(", ", unknown.stream().map(String::valueOf).toList()));
        }
        distinct.stream().filter(contactId -> members.findBySegmentIdAndContactId(segment.getId(), contactId).isEmpty())
                .forEach(contactId -> members.save(new SegmentMember(segment.getId(), contactId)));
        return distinct.size();
    }

    /**
     * Takes a contact out of a static segment; nothing happens if it is not listed.
     *
     * @throws RecordNotFoundException if there is no such segment, or no such contact the user may see
     * @throws ConflictException for a dynamic segment
     */
    @Transactional
    public void removeMember(long id, long contactId) {
        Segment segment = staticSegment(id);
        records.checkVisible(TaggedType.CONTACT, contactId);
        members.findBySegmentIdAndContactId(segment.getId(), contactId).ifPresent(members::delete);
    }

    /**
     * Moves a contact's static segment memberships to another, as merging two duplicates does: the
     * survivor is listed once in every segment either was in. It acts for the merge, which has
     * checked both contacts, so it checks no visibility.
     */
    @Transactional
    public void moveAll(long fromContactId, long toContactId) {
        Set<Long> kept = new HashSet<>(members.findByContactId(toContactId).stream().map(SegmentMember::getSegmentId).toList());
        List<SegmentMember> moving = members.findByContactId(fromContactId);
        members.deleteAll(moving);
        members.flush();
        moving.stream().map(SegmentMember::getSegmentId).filter(kept::add)
                .forEach(segmentId -> members.save(new SegmentMember(segmentId, toContactId)));
    }

    private SegmentSummary summary(SegmentView segment, Viewer viewer) {
        long count = contactList.count(viewer, segment.kind() == SegmentKind.DYNAMIC ? segment.filter() : ContactFilter.none(),
                segment.kind() == SegmentKind.STATIC ? segment.id() : null, COUNT_LIMIT);
        return new SegmentSummary(segment, count, count >= COUNT_LIMIT);
    }

    private static ContactFilter filterOf(Segment segment) {
        return segment.getKind() == SegmentKind.DYNAMIC ? segment.toView().filter() : ContactFilter.none();
    }

    private static Long staticId(Segment segment) {
        return segment.getKind() == SegmentKind.STATIC ? segment.getId() : null;
    }

    private Segment staticSegment(long id) {
        Segment segment = existing(id);
        if (segment.getKind() != SegmentKind.STATIC) {
            throw new ConflictException("segments.dynamic-members", List.of());
        }
        return segment;
    }

    private Segment existing(long id) {
        return segments.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }
}
