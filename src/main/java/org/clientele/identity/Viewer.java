package org.clientele.identity;

import java.util.Collection;
import java.util.Set;

/**
 * Whose eyes a query looks through: a user, the widest visibility scope of their roles and the
 * teams whose records they see (their own teams and those they head, with every sub-team, as
 * their scope allows). Made by {@link RecordVisibility}; modules only read it.
 *
 * @param userId the user
 * @param scope the widest scope of the user's roles
 * @param teamIds the teams whose records the user sees beyond their own; empty with {@link VisibilityScope#ALL}
 */
public record Viewer(long userId, VisibilityScope scope, Set<Long> teamIds) {

    public Viewer {
        teamIds = Set.copyOf(teamIds);
    }

    public boolean seesAll() {
        return scope == VisibilityScope.ALL;
    }

    /**
     * Whether the user may see a record with the given owner, team and co-owners.
     *
     * @param teamId the record's team, or {@code null} if it has none
     * @param coOwnerIds the record's co-owners, possibly empty
     */
    public boolean canSee(long ownerId, Long teamId, Collection<Long> coOwnerIds) {
        return seesAll()
                || ownerId == userId
                || (teamId != null && teamIds.contains(teamId))
                || (coOwnerIds != null && coOwnerIds.contains(userId));
    }
}
