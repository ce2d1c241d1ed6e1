package org.clientele.identity;

/** A user in a team, and whether they head it. */
public record TeamMember(long userId, String fullName, String email, boolean head) {
}
