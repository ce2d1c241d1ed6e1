package org.clientele.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.clientele.platform.SystemSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which roles require two-factor sign-in. Their holders who have not set it up are sent to set it
 * up before anything else, and get no API token for their password until they have. Kept in the
 * system settings, so every node applies the same; none is required until an administrator says so.
 */
@Service
public class TwoFactorPolicy {

    static final String SETTING = "identity.two-factor.required-roles";

    private final SystemSettings settings;
    private final SecurityLog securityLog;

    TwoFactorPolicy(SystemSettings settings, SecurityLog securityLog) {
        this.settings = settings;
        this.securityLog = securityLog;
    }

    public Set<Role> requiredRoles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        settings.find(SETTING).ifPresent(value -> Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(name -> Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name)))
                .map(Role::valueOf)
                .forEach(roles::add));
        return roles;
    }

    /** Whether any of the roles requires two-factor sign-in. */
    public boolean requiredFor(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return false;
        }
        Set<Role> required = requiredRoles();
        return roles.stream().anyMatch(required::contains);
    }

    @Transactional
    @PreAuthorize("hasAuthority('users:admin')")
    public void require(TwoFactorRequirement requirement, long actingUserId) {
        Set<Role> before = requiredRoles();
        Set<Role> after = requirement.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requirement.roles());
        settings.put(SETTING, after.stream().map(Role::name).collect(Collectors.joining(",")));
        if (!before.equals(after)) {
            securityLog.record(SecurityEventType.TWO_FACTOR_POLICY_CHANGED, actingUserId, null, "required for " + after);
        }
    }
}
