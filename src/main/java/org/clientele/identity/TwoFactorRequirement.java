package org.clientele.identity;

import java.util.EnumSet;
import java.util.Set;

/** The roles whose holders must sign in with a second factor, as the administration form sends them. */
public record TwoFactorRequirement(Set<Role> roles) {

    public TwoFactorRequirement {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}
