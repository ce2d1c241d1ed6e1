package org.clientele.customers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clientele.identity.UserAccount;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserManagement;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.ConflictException;
import org.clientele.shared.CursorPage;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.PageRequest;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of customer records as people use it: reading it, writing notes, logging calls and
 * meetings, changing and deleting what they wrote. Everything acts for the signed-in user: an
 * entry is visible exactly when its subject is, and anything else answers as missing. Only the
 * author of an entry, or a user administrator, changes or deletes it; to anyone else it answers
 * as missing too (see {@link #change}). What other modules recorded is not changed here.
 */
@Service
public class TimelineManagement {

    static final String RECORD_TYPE = "TimelineEntry";
    static final String ADMIN_AUTHORITY = "users:admin";

    /** The outcomes a logged call may have, kept as its status. */
    public static final List<String> CALL_OUTCOMES = TimelineChecks.CALL_OUTCOMES;

    private final TimelineEntries entries;
    private final TimelineList list;
    private final TimelineKinds kinds;
    private final SubjectAccesses subjects;
    private final UserManagement users;
    private final UserDirectory userNames;

    TimelineManagement(TimelineEntries entries, TimelineList list, TimelineKinds kinds, SubjectAccesses subjects,
            UserManagement users, UserDirectory userNames) {
        this.userNames = userNames;
        this.entries = entries;
        this.list = list;
        this.kinds = kinds;
        this.subjects = subjects;
        this.users = users;
    }

    /**
     * One page of the subject's timeline, newest first. Its statements are {@code JdbcClient}'s
     * only, so it reads without a transaction: each commits by itself.
     *
     * @param kinds the kinds to show, every kind if empty
     * @throws RecordNotFoundException if the subject does not exist or the user may not see it
     * @throws InvalidInputException if a kind is not registered
     */
    public CursorPage<TimelineEntryView> list(TimelineSubject subject, Collection<String> kinds, PageRequest page) {
        subjects.checkVisible(subject);
        for (String kind : kinds) {
            if (this.kinds.find(kind).isEmpty()) {
                throw InvalidInputException.of("kind", "validation.timeline.kind-unknown");
            }
        }
        CursorPage<TimelineList.Row> rows = list.list(subject, list.convertedLeads(subject), Set.copyOf(kinds), page);
        Map<Long, String> names = userNames.namesOf(rows.data().stream().map(TimelineList.Row::authorId).filter(Objects::nonNull).toList());
        return rows.map(row -> row.toView(iconOf(row.kind()), row.authorId() == null ? null : names.get(row.authorId())));
    }

    /** The default (and only) order of a timeline: newest first. */
    public static String defaultSort() {
        return TimelineList.SORT;
    }

    /** Every kind an entry may have, for filters. */
    public List<TimelineKind> kinds() {
        return kinds.all();
    }

    /**
     * Writes a note, logs a call or a meeting on the subject's timeline.
     *
     * @param kind {@link TimelineKind#NOTE}, {@link TimelineKind#CALL} or {@link TimelineKind#MEETING}
     * @throws RecordNotFoundException if the subject does not exist or the user may not see it
     * @throws InvalidInputException naming every field at fault
     */
    @Transactional
    public TimelineEntryView add(TimelineSubject subject, String kind, TimelineEntryForm form) {
        if (!TimelineKinds.WRITTEN.contains(kind)) {
            throw new IllegalArgumentException("People do not write entries of kind " + kind);
        }
        subjects.checkVisible(subject);
        TimelineEntryForm checked = TimelineChecks.written(kind, form);
        long author = currentUser().userId();
        TimelineEntry entry = new TimelineEntry(new TimelineEntryDraft(subject, kind, checked.occurredAt(), author, null,
                checked.recipients(), null, checked.status(), checked.direction(), checked.title(), checked.body(),
                checked.durationMinutes(), checked.location(), null, null));
        return view(entries.save(entry));
    }

    /** The entry, if it exists and the user may see its subject. */
    @Transactional(readOnly = true)
    public Optional<TimelineEntryView> find(long id) {
        return entries.findById(id).filter(this::visible).map(this::view);
    }

    /** Whether the signed-in user may change or delete the entry: they wrote it, or they administer users. */
    public boolean mayChange(TimelineEntryView entry) {
        return entry.written() && (isAuthor(entry.authorId()) || isAdministrator());
    }

    /**
     * Changes an entry the user wrote. To a user who did not write it (and is no user
     * administrator) it answers as missing, like an entry they may not see: a 403 stays the answer
     * for a missing permission only.
     *
     * @param expectedVersion the version the change was made from, or {@code null} to skip that check
     * @throws RecordNotFoundException if there is no such entry or the user may not see or change it
     * @throws ConflictException if another module recorded it
     * @throws InvalidInputException naming every field at fault
     * @throws ObjectOptimisticLockingFailureException if it was changed since the expected version
     */
    @Transactional
    public TimelineEntryView change(long id, TimelineEntryForm form, Long expectedVersion) {
        TimelineEntry entry = changeable(id);
        if (expectedVersion != null && expectedVersion != entry.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(TimelineEntry.class, id);
        }
        TimelineEntryForm checked = TimelineChecks.written(entry.getKind(), form);
        entry.apply(checked);
        entries.flush();
        return view(entry);
    }

    /**
     * Deletes an entry the user wrote.
     *
     * @throws RecordNotFoundException if there is no such entry or the user may not see or change it
     * @throws ConflictException if another module recorded it
     */
    @Transactional
    public TimelineSubject delete(long id) {
        TimelineEntry entry = changeable(id);
        entries.delete(entry);
        return entry.subject();
    }

    private TimelineEntry changeable(long id) {
        TimelineEntry entry = entries.findById(id).filter(this::visible).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (!entry.isWritten()) {
            throw new ConflictException("timeline.entry.recorded", List.of());
        }
        if (!isAuthor(entry.getAuthorId()) && !isAdministrator()) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        return entry;
    }

    private boolean visible(TimelineEntry entry) {
        try {
            subjects.checkVisible(entry.subject());
            return true;
        }
        catch (RecordNotFoundException ex) {
            return false;
        }
    }

    private TimelineEntryView view(TimelineEntry entry) {
        return entry.toView(iconOf(entry.getKind()), entry.getAuthorId() == null ? null : nameOf(entry.getAuthorId()));
    }

    private String iconOf(String kind) {
        return kinds.find(kind).map(TimelineKind::icon).orElse("circle");
    }

    private String nameOf(long userId) {
        return users.find(userId).map(UserAccount::fullName).orElse(null);
    }

    private boolean isAuthor(Long authorId) {
        return authorId != null && authorId == currentUser().userId();
    }

    private static boolean isAdministrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(ADMIN_AUTHORITY::equals);
    }

    private static SignedInUser currentUser() {
        return SignedInUser.current().orElseThrow(() -> new IllegalStateException("The timeline needs a signed-in user"));
    }
}
