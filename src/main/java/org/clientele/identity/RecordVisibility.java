package org.clientele.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.clientele.platform.DatabaseVendor;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one record-visibility policy: which business records a user may see, by owner, team and
 * co-owners. Lists and searches add {@link #predicate(RecordColumns)} (or
 * {@link VisibilitySpecifications}) to their query; details check one record with
 * {@link #check}. A record the user may not see is reported as missing, never as forbidden.
 */
@Service
public class RecordVisibility {

    private static final String REQUEST_ATTRIBUTE = Viewer.class.getName();

    private final JdbcClient jdbc;
    private final TeamHierarchy hierarchy;
    private final DatabaseVendor vendor;

    RecordVisibility(JdbcClient jdbc, TeamHierarchy hierarchy, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.vendor = vendor;
    }

    /**
     * The signed-in user as a viewer, worked out once per request.
     *
     * @throws IllegalStateException if nobody is signed in
     */
    public Viewer viewer() {
        SignedInUser user = SignedInUser.current().orElseThrow(() -> new IllegalStateException("Record visibility needs a signed-in user"));
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Viewer cached
                && cached.userId() == user.userId()) {
            return cached;
        }
        Viewer viewer = ClienteleUserDetails.callerReadForThisCall().map(this::viewerOfCaller).orElseGet(() -> viewerReadOf(user.userId()));
        if (request != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
        }
        return viewer;
    }

    /**
     * Any user as a viewer, for work done on their behalf outside a request, such as an export job.
     * For the signed-in user it is {@link #viewer()}, which an API call works out from the roles and
     * teams its authentication has just read, so that a create acting for its caller does not read them again.
     */
    @Transactional(readOnly = true)
    public Viewer viewerOf(long userId) {
        if (SignedInUser.current().filter(user -> user.userId() == userId).isPresent()) {
            return viewer();
        }
        return viewerReadOf(userId);
    }

    /** Reads the user's roles and team memberships in one statement: each role's row carries one membership (a user has few). */
    private Viewer viewerReadOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<Membership> memberships = new ArrayList<>();
        jdbc.sql("select r.role, m.team_id, m.head from user_roles r left join team_members m on m.user_id = r.user_id where r.user_id = ?")
                .param(userId).query(rs -> {
                    roles.add(Role.valueOf(rs.getString("role")));
                    long teamId = rs.getLong("team_id");
                    if (!rs.wasNull()) {
                        memberships.add(new Membership(teamId, rs.getBoolean("head")));
                    }
                });
        return viewerOf(userId, roles, memberships);
    }

    /** An API caller as a viewer, from the roles and teams read with them for this call. */
    private Viewer viewerOfCaller(ClienteleUserDetails caller) {
        List<Membership> memberships = caller.teamsReadForThisCall().orElseThrow().stream()
                .map(team -> new Membership(team.teamId(), team.head())).toList();
        return viewerOf(caller.userId(), caller.rolesReadForThisCall().orElseThrow(), memberships);
    }

    /** The viewer sees the teams they head, or all their teams when a role lets them see their team's records, with their sub-teams. */
    private Viewer viewerOf(long userId, Set<Role> roles, Collection<Membership> memberships) {
        VisibilityScope scope = VisibilityScope.widestOf(roles);
        if (scope == VisibilityScope.ALL) {
            return new Viewer(userId, scope, Set.of());
        }
        Set<Long> roots = new HashSet<>();
        memberships.stream().filter(membership -> membership.head() || scope == VisibilityScope.TEAM)
                .forEach(membership -> roots.add(membership.teamId()));
        return new Viewer(userId, scope, hierarchy.withSubTeams(roots));
    }

    private record Membership(long teamId, boolean head) {
    }

    /** The condition for the signed-in user; see {@link #predicate(Viewer, RecordColumns, DatabaseVendor)}. */
    public SqlPredicate predicate(RecordColumns columns) {
        return predicate(viewer(), columns, vendor);
    }

    /**
     * The condition that keeps exactly the rows the viewer may see, for a {@code JdbcClient} query
     * with positional parameters: {@code sql.append(" and ").append(p.sql()); params.addAll(p.parameters())}.
     * On PostgreSQL the co-owned records are an array of ids read once per query, so that each
     * part of the condition is an index condition: PostgreSQL can then intersect the owner, team
     * and id indexes with the index of another condition, such as the search's trigram index,
     * instead of reading every row that condition finds and checking the co-owners row by row.
     */
    public static SqlPredicate predicate(Viewer viewer, RecordColumns columns, DatabaseVendor vendor) {
        return build(viewer, columns, vendor);
    }

    /**
     * The condition for a table without co-owners, which is the same on every vendor.
     *
     * @throws IllegalArgumentException if the records have co-owners: use {@link #predicate(Viewer, RecordColumns, DatabaseVendor)}
     */
    public static SqlPredicate predicate(Viewer viewer, RecordColumns columns) {
        if (columns.coOwned()) {
            throw new IllegalArgumentException("The condition for co-owned records depends on the database vendor");
        }
        return build(viewer, columns, null);
    }

    /**
     * The condition cut into parts whose union is exactly what the viewer may see: their own
     * records, the records of each of their teams, one team at a time, and those they co-own; none
     * for a viewer who sees everything. A part may find a record another part finds too. Each part
     * is an index condition on one value (the owner, a team, the co-owner table's user), so a list
     * can read each part's page in its order from an index leading with that column, such as
     * {@code (owner_id, sort_name, id)}, and merge the pages, instead of walking the whole order
     * and testing every row against the full condition (MySQL and MariaDB).
     */
    public static List<SqlPredicate> parts(Viewer viewer, RecordColumns columns) {
        if (viewer.seesAll()) {
            return List.of();
        }
        List<SqlPredicate> parts = new ArrayList<>();
        parts.add(new SqlPredicate("(" + columns.ownerColumn() + " = ?)", List.of(viewer.userId())));
        viewer.teamIds().stream().sorted()
                .forEach(team -> parts.add(new SqlPredicate("(" + columns.teamColumn() + " = ?)", List.of(team))));
        if (columns.coOwned()) {
            parts.add(new SqlPredicate("(" + columns.idColumn() + " in (select vco." + columns.coOwnerRecordColumn() + " from "
                    + columns.coOwnerTable() + " vco where vco." + columns.coOwnerUserColumn() + " = ?))", List.of(viewer.userId())));
        }
        return parts;
    }

    private static SqlPredicate build(Viewer viewer, RecordColumns columns, DatabaseVendor vendor) {
        if (viewer.seesAll()) {
            return new SqlPredicate("(1 = 1)", List.of());
        }
        StringBuilder sql = new StringBuilder("(").append(columns.ownerColumn()).append(" = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(viewer.userId());
        if (!viewer.teamIds().isEmpty()) {
            sql.append(" or ").append(columns.teamColumn()).append(" in (");
            viewer.teamIds().stream().sorted().forEach(team -> {
                sql.append(parameters.size() > 1 ? ", ?" : "?");
                parameters.add(team);
            });
            sql.append(')');
        }
        if (columns.coOwned() && vendor == DatabaseVendor.POSTGRESQL) {
            sql.append(" or ").append(columns.idColumn()).append(" = any(array(select vco.").append(columns.coOwnerRecordColumn())
                    .append(" from ").append(columns.coOwnerTable()).append(" vco where vco.").append(columns.coOwnerUserColumn()).append(" = ?))");
            parameters.add(viewer.userId());
        }
        else if (columns.coOwned()) {
            sql.append(" or exists (select 1 from ").append(columns.coOwnerTable()).append(" vco where vco.")
                    .append(columns.coOwnerRecordColumn()).append(" = ").append(columns.idColumn()).append(" and vco.")
                    .append(columns.coOwnerUserColumn()).append(" = ?)");
            parameters.add(viewer.userId());
        }
        return new SqlPredicate(sql.append(')').toString(), parameters);
    }

    /** Whether the signed-in user may see a record with the given owner, team and co-owners. */
    public boolean canSee(long ownerId, Long teamId, Collection<Long> coOwnerIds) {
        return viewer().canSee(ownerId, teamId, coOwnerIds);
    }

    /**
     * Lets the signed-in user see one record, or reports it as missing.
     *
     * @throws RecordNotFoundException if they may not see it, exactly as if it did not exist
     */
    public void check(String recordType, Object id, long ownerId, Long teamId, Collection<Long> coOwnerIds) {
        if (!canSee(ownerId, teamId, coOwnerIds)) {
            throw new RecordNotFoundException(recordType, id);
        }
    }
}
