package org.clientele.customers;

import java.util.Set;

import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamManagement;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserTeam;
import org.clientele.platform.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who a customer record belongs to: its owner and co-owners must be active users, its team an
 * existing team. A new record belongs to whoever creates it and to their first team.
 */
@Component
class Ownership {

    private final UserDirectory users;
    private final TeamManagement teams;
    private final TeamDirectory teamDirectory;

    Ownership(UserDirectory users, TeamManagement teams, TeamDirectory teamDirectory) {
        this.users = users;
        this.teams = teams;
        this.teamDirectory = teamDirectory;
    }

    /** The team a new record of the user's goes to: the first of their teams by name, if they have any. */
    Long defaultTeamOf(long userId) {
        return teamDirectory.teamsOf(userId).stream().findFirst().map(UserTeam::teamId).orElse(null);
    }

    /**
     * Checks a record's owner, team and co-owners. What stays as it was is accepted, so that a
     * record whose owner has left can still be changed; what is newly chosen must exist and be active.
     *
     * @param current the record's ownership before the change, or {@code null} for a new record
     */
    void check(FieldChecks checks, Long ownerId, Long teamId, Set<Long> coOwnerIds, Current current) {
        if (ownerId == null) {
            checks.reject("ownerId", "validation.customers.required");
        }
        else if ((current == null || current.ownerId() != ownerId) && !activeUser(ownerId)) {
            checks.reject("ownerId", "validation.customers.owner-unknown");
        }
        if (teamId != null && (current == null || !teamId.equals(current.teamId())) && !teams.exists(teamId)) {
            checks.reject("teamId", "validation.customers.team-unknown");
        }
        if (coOwnerIds.size() > ContactDetails.MAX_ENTRIES) {
            checks.reject("coOwnerIds", "validation.customers.too-many", ContactDetails.MAX_ENTRIES);
        }
        else if (!coOwnerIds.stream().allMatch(id -> (current != null && current.coOwnerIds().contains(id)) || activeUser(id))) {
            checks.reject("coOwnerIds", "validation.customers.co-owner-unknown");
        }
    }

    /**
     * Whether the user may own records. The one signed in is active without asking: the API reads
     * them afresh on every call, and deactivating someone ends their sessions.
     */
    boolean activeUser(long userId) {
        return SignedInUser.current().filter(user -> user.userId() == userId).isPresent() || users.isActive(userId);
    }

    /** A record's owner, team and co-owners as they are before a change. */
    record Current(long ownerId, Long teamId, Set<Long> coOwnerIds) {
    }
}
