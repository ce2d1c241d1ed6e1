package org.clientele.identity;

import java.util.Collection;

/**
 * Which business records a role lets its holder see. Whatever the scope, a user sees the records
 * they own or co-own, and the head of a team sees the team's records and its sub-teams'.
 */
public enum VisibilityScope {
    /** Only records they own or co-own. */
    OWN,
    /** Also the records of their teams and of those teams' sub-teams, at any depth. */
    TEAM,
    /** Every record. */
    ALL;

    /** The widest of the scopes the given roles grant; {@link #OWN} for no roles. */
    public static VisibilityScope widestOf(Collection<Role> roles) {
        return roles.stream().map(Role::visibilityScope).max(Enum::compareTo).orElse(OWN);
    }
}
