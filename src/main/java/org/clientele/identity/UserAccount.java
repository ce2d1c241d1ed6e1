package org.clientele.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * A user as other modules and the web layer see it: no password, no entity.
 *
 * @param phoneExtension their extension on the company's telephone system, or {@code null}
 */
public record UserAccount(long id, String email, String fullName, Locale locale, ZoneId timeZone, boolean active,
        Set<Role> roles, Instant createdAt, Instant lastLoginAt, String phoneExtension) {

    public boolean administrator() {
        return roles.contains(Role.ADMINISTRATOR);
    }
}
