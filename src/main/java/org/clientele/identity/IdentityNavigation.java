package org.clientele.identity;

import org.clientele.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem usersNavigation() {
        return NavigationItem.administration("nav.users", "/admin/users", "people", 100, Permission.USERS_ADMIN.code());
    }

    @Bean
    NavigationItem teamsNavigation() {
        return NavigationItem.administration("nav.teams", "/admin/teams", "diagram-3", 105, Permission.USERS_ADMIN.code());
    }

    @Bean
    NavigationItem twoFactorNavigation() {
        return NavigationItem.administration("nav.two-factor", "/admin/two-factor", "shield-check", 107,
                Permission.USERS_ADMIN.code());
    }

    @Bean
    NavigationItem securityLogNavigation() {
        return NavigationItem.administration("nav.security-log", "/admin/security-events", "shield-lock", 110,
                Permission.AUDIT_READ.code());
    }
}
