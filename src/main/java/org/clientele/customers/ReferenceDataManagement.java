package org.clientele.customers;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clientele.identity.RecordVisibility;
import org.clientele.identity.TeamManagement;
import org.clientele.identity.UserTeam;
import org.clientele.identity.TeamDirectory;
import org.clientele.platform.DatabaseVendor;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Industries, company types and lead sources: short lists administrators keep, each entry for
 * everyone or for one team. Forms offer the active entries for everyone and for the user's teams.
 * Plain rows without history, read and written with {@code JdbcClient}.
 */
@Service
public class ReferenceDataManagement {

    private static final String COLUMNS = "id, name, team_id, position, active";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;
    private final RecordVisibility visibility;
    private final TeamDirectory teams;
    private final TeamManagement teamManagement;

    ReferenceDataManagement(JdbcClient jdbc, DatabaseVendor vendor, RecordVisibility visibility, TeamDirectory teams,
            TeamManagement teamManagement) {
        this.jdbc = jdbc;
        this.vendor = vendor;
        this.visibility = visibility;
        this.teams = teams;
        this.teamManagement = teamManagement;
    }

    /** Every entry, active or not, in list order: what administrators manage. */
    @Transactional(readOnly = true)
    public List<ReferenceEntry> all(ReferenceKind kind) {
        return jdbc.sql("select " + COLUMNS + " from " + kind.table() + " order by position, id").query(ReferenceEntry.class).list();
    }

    /** The active entries for everyone and for the signed-in user's teams, in list order: what forms offer. */
    @Transactional(readOnly = true)
    public List<ReferenceEntry> offered(ReferenceKind kind) {
        return offeredTo(kind, visibility.viewer().userId());
    }

    /** The active entries for everyone and for the given user's teams, in list order. */
    @Transactional(readOnly = true)
    public List<ReferenceEntry> offeredTo(ReferenceKind kind, long userId) {
        List<Long> teamIds = teams.teamsOf(userId).stream().map(UserTeam::teamId).toList();
        return all(kind).stream().filter(entry -> entry.active() && (entry.teamId() == null || teamIds.contains(entry.teamId())))
                .toList();
    }


    /** Names of every entry, inactive ones too, so that records show what they were given. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(ReferenceKind kind) {
        Map<Long, String> names = new LinkedHashMap<>();
        all(kind).forEach(entry -> names.put(entry.id(), entry.name()));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<ReferenceEntry> find(ReferenceKind kind, long id) {
        return jdbc.sql("select " + COLUMNS + " from " + kind.table() + " where id = ?").param(id).query(ReferenceEntry.class).optional();
    }

    /**
     * Adds an entry at the end of its list.
     *
     * @param teamId the team it is for, or {@code null} for everyone
     * @throws InvalidInputException if the name is missing, too long or already taken in that team
     */
    @Transactional
    public ReferenceEntry create(ReferenceKind kind, String name, Long teamId) {
        String checked = checkedName(name);
        if (teamId != null && teamManagement.find(teamId).isEmpty()) {
            throw InvalidInputException.of("teamId", "validation.customers.team-unknown");
        }
        int position = jdbc.sql("select coalesce(max(position), 0) from " + kind.table()).query(Integer.class).single() + 10;
        Object now = now();
        try {
            jdbc.sql("insert into " + kind.table() + " (name, name_key, team_id, team_key, position, active, created_at, updated_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(checked, key(checked), teamId, teamId == null ? 0L : teamId, position, true, now, now).update();
        }
        catch (DuplicateKeyException ex) {
            throw InvalidInputException.of("name", "validation.reference.name-taken");
        }
        long id = jdbc.sql("select id from " + kind.table() + " where team_key = ? and name_key = ?")
                .params(teamId == null ? 0L : teamId, key(checked)).query(Long.class).single();
        return find(kind, id).orElseThrow();
    }

    /**
     * Renames an entry, and (de)activates it; records keep using it either way.
     *
     * @throws RecordNotFoundException if there is no such entry
     * @throws InvalidInputException if the name is missing, too long or already taken in its team
     */
    @Transactional
    public ReferenceEntry change(ReferenceKind kind, long id, String name, boolean active) {
        return change(kind, id, name, active, existing(kind, id).position());
    }

    /**
     * Like {@link #change(ReferenceKind, long, String, boolean)}, and puts the entry at the given position.
     *
     * @throws InvalidInputException also if the position is negative
     */
    @Transactional
    public ReferenceEntry change(ReferenceKind kind, long id, String name, boolean active, int position) {
        ReferenceEntry entry = existing(kind, id);
        String checked = checkedName(name);
        if (position < 0) {
            throw InvalidInputException.of("position", "validation.reference.position");
        }
        try {
            jdbc.sql("update " + kind.table() + " set name = ?, name_key = ?, active = ?, position = ?, updated_at = ? where id = ?")
                    .params(checked, key(checked), active, position, now(), entry.id()).update();
        }
        catch (DuplicateKeyException ex) {
            throw InvalidInputException.of("name", "validation.reference.name-taken");
        }
        return find(kind, id).orElseThrow();
    }

    /**
     * Moves an entry one place up or down its list, by swapping places with its neighbour.
     *
     * @throws RecordNotFoundException if there is no such entry
     */
    @Transactional
    public void move(ReferenceKind kind, long id, boolean up) {
        ReferenceEntry entry = existing(kind, id);
        List<ReferenceEntry> all = all(kind);
        int index = all.indexOf(entry);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        List<ReferenceEntry> reordered = new java.util.ArrayList<>(all);
        reordered.set(index, all.get(other));
        reordered.set(other, entry);
        for (int i = 0; i < reordered.size(); i++) {
            int position = (i + 1) * 10;
            if (reordered.get(i).position() != position) {
                jdbc.sql("update " + kind.table() + " set position = ? where id = ?").params(position, reordered.get(i).id()).update();
            }
        }
    }

    /** Rejects the field if an entry is chosen that is not offered to the user, unless the record keeps it. */
    void check(FieldChecks checks, String field, ReferenceKind kind, Long chosen, Long current, long userId) {
        checkAll(checks, field, kind, chosen == null ? Set.of() : Set.of(chosen), current == null ? Set.of() : Set.of(current),
                userId);
    }

    /** The entry if it is still offered to the user (a converted lead's source, say), otherwise {@code null}. */
    Long ifOffered(ReferenceKind kind, Long id, long userId) {
        return id != null && offeredTo(kind, userId).stream().anyMatch(entry -> entry.id() == id) ? id : null;
    }

    /** Like {@link #check}, for a field that holds several entries: each newly chosen one must be offered. */
    void checkAll(FieldChecks checks, String field, ReferenceKind kind, Set<Long> chosen, Collection<Long> current, long userId) {
        List<Long> added = chosen.stream().filter(id -> !current.contains(id)).toList();
        if (added.isEmpty()) {
            return;
        }
        Set<Long> offered = new HashSet<>();
        offeredTo(kind, userId).forEach(entry -> offered.add(entry.id()));
        if (!offered.containsAll(added)) {
            checks.reject(field, "validation.reference.unknown");
        }
    }

    private ReferenceEntry existing(ReferenceKind kind, long id) {
        return find(kind, id).orElseThrow(() -> new RecordNotFoundException(kind.slug(), id));
    }

    private static String checkedName(String name) {
        FieldChecks checks = new FieldChecks();
        String checked = checks.required("name", name, 100);
        checks.throwIfAny();
        return checked;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private Object now() {
        return vendor == DatabaseVendor.POSTGRESQL ? OffsetDateTime.now(ZoneOffset.UTC) : LocalDateTime.now(ZoneOffset.UTC);
    }
}
