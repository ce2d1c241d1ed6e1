package org.clientele.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a user may do. Pages and API calls demand a permission by its code, as in
 * {@code @PreAuthorize("hasAuthority('customers:write')")}; roles grant sets of them.
 */
public enum Permission {
    CUSTOMERS_READ("customers:read"),
    CUSTOMERS_WRITE("customers:write"),
    /** Taking whole lists of customers out as files: a step past reading them, so granted on its own. */
    CUSTOMERS_EXPORT("customers:export"),
    SALES_READ("sales:read"),
    SALES_WRITE("sales:write"),
    BILLING_READ("billing:read"),
    BILLING_WRITE("billing:write"),
    ACTIVITIES_READ("activities:read"),
    ACTIVITIES_WRITE("activities:write"),
    SUPPORT_READ("support:read"),
    SUPPORT_WRITE("support:write"),
    CAMPAIGNS_READ("campaigns:read"),
    CAMPAIGNS_WRITE("campaigns:write"),
    MESSAGING_USE("messaging:use"),
    ANALYTICS_READ("analytics:read"),
    USERS_READ("users:read"),
    USERS_ADMIN("users:admin"),
    SETTINGS_ADMIN("settings:admin"),
    AUDIT_READ("audit:read");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    /** The authority string, such as {@code customers:read}. */
    public String code() {
        return code;
    }

    /** The permission with the given code, such as {@code customers:read}. */
    public static Optional<Permission> ofCode(String code) {
        return Arrays.stream(values()).filter(permission -> permission.code.equals(code)).findFirst();
    }

    /** Whether this permission only lets its holder look, never change. */
    public boolean readOnly() {
        return code.endsWith(":read");
    }
}
