package org.clientele.identity;

import java.time.Instant;
import java.util.Set;

/** A user as lists show them. */
public record UserSummary(long id, String email, String fullName, boolean active, Set<Role> roles, Instant createdAt,
        Instant lastLoginAt) {
}
