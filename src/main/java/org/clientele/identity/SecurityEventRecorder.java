package org.clientele.identity;

import org.clientele.platform.AccessDenied;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes what other parts of the application announce into the security log. */
@Component
class SecurityEventRecorder {

    private final SecurityLog log;

    SecurityEventRecorder(SecurityLog log) {
        this.log = log;
    }

    @EventListener
    void onAccessDenied(AccessDenied event) {
        log.record(SecurityEventType.PERMISSION_DENIED, event.userId(), null, event.method() + " " + event.path());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof ClienteleUserDetails user) {
            log.record(SecurityEventType.LOGOUT, user.userId(), user.email(), null);
        }
    }
}
