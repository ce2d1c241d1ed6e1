package org.clientele.identity;

import java.util.Set;

/**
 * A named set of permissions. Permissions are strings such as {@code settings:admin} that pages
 * and API calls demand with {@code @PreAuthorize("hasAuthority('settings:admin')")}.
 */
public enum Role {
    ADMINISTRATOR(Set.of("settings:admin", "users:admin", "audit:read"));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** The authority that names the role itself, alongside its permissions. */
    public String authority() {
        return "ROLE_" + name();
    }
}
