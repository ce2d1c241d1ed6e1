package org.clientele.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.clientele.identity.Permission.ACTIVITIES_READ;
import static org.clientele.identity.Permission.ACTIVITIES_WRITE;
import static org.clientele.identity.Permission.ANALYTICS_READ;
import static org.clientele.identity.Permission.AUDIT_READ;
import static org.clientele.identity.Permission.BILLING_READ;
import static org.clientele.identity.Permission.BILLING_WRITE;
import static org.clientele.identity.Permission.CAMPAIGNS_READ;
import static org.clientele.identity.Permission.CAMPAIGNS_WRITE;
import static org.clientele.identity.Permission.CUSTOMERS_EXPORT;
import static org.clientele.identity.Permission.CUSTOMERS_READ;
import static org.clientele.identity.Permission.CUSTOMERS_WRITE;
import static org.clientele.identity.Permission.MESSAGING_USE;
import static org.clientele.identity.Permission.SALES_READ;
import static org.clientele.identity.Permission.SALES_WRITE;
import static org.clientele.identity.Permission.SUPPORT_READ;
import static org.clientele.identity.Permission.SUPPORT_WRITE;
import static org.clientele.identity.Permission.USERS_READ;

/**
 * A named set of permissions and a visibility scope. A user may hold several roles and has every
 * permission of each and the widest of their scopes.
 */
public enum Role {
    ADMINISTRATOR(VisibilityScope.ALL, EnumSet.allOf(Permission.class)),
    MANAGER(VisibilityScope.TEAM, EnumSet.of(CUSTOMERS_READ, CUSTOMERS_WRITE, CUSTOMERS_EXPORT, SALES_READ, SALES_WRITE, BILLING_READ, ACTIVITIES_READ,
            ACTIVITIES_WRITE, SUPPORT_READ, CAMPAIGNS_READ, MESSAGING_USE, ANALYTICS_READ, USERS_READ)),
    SALES(VisibilityScope.OWN, EnumSet.of(CUSTOMERS_READ, CUSTOMERS_WRITE, CUSTOMERS_EXPORT, SALES_READ, SALES_WRITE, BILLING_READ, ACTIVITIES_READ,
            ACTIVITIES_WRITE, MESSAGING_USE, USERS_READ)),
    SUPPORT(VisibilityScope.TEAM, EnumSet.of(CUSTOMERS_READ, CUSTOMERS_WRITE, SALES_READ, SUPPORT_READ, SUPPORT_WRITE, ACTIVITIES_READ,
            ACTIVITIES_WRITE, MESSAGING_USE, USERS_READ)),
    ACCOUNTANT(VisibilityScope.ALL, EnumSet.of(CUSTOMERS_READ, SALES_READ, BILLING_READ, BILLING_WRITE, ACTIVITIES_READ, ANALYTICS_READ,
            USERS_READ)),
    MARKETING(VisibilityScope.ALL, EnumSet.of(CUSTOMERS_READ, CUSTOMERS_WRITE, CUSTOMERS_EXPORT, CAMPAIGNS_READ, CAMPAIGNS_WRITE, ACTIVITIES_READ,
            MESSAGING_USE, ANALYTICS_READ, USERS_READ)),
    /** Sees everything, changes nothing. */
    AUDITOR(VisibilityScope.ALL, readOnlyPermissions());

    private final VisibilityScope visibilityScope;
    private final Set<Permission> permissions;

    Role(VisibilityScope visibilityScope, Set<Permission> permissions) {
        this.visibilityScope = visibilityScope;
        this.permissions = Set.copyOf(permissions);
    }

    /** Which business records the role lets its holder see; a user with several roles has the widest. */
    public VisibilityScope visibilityScope() {
        return visibilityScope;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The authority that names the role itself, alongside its permissions. */
    public String authority() {
        return "ROLE_" + name();
    }

    private static Set<Permission> readOnlyPermissions() {
        EnumSet<Permission> readOnly = EnumSet.noneOf(Permission.class);
        Arrays.stream(Permission.values()).filter(Permission::readOnly).forEach(readOnly::add);
        return readOnly;
    }
}
