package org.clientele.identity;

/** A team a user belongs to, and whether they head it. */
public record UserTeam(long teamId, String name, boolean head) {
}
