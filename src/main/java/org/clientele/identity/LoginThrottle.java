package org.clientele.identity;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Refuses sign-in attempts from an address that failed {@code clientele.login.max-failures-per-address}
 * times within {@code clientele.login.address-window}, whichever accounts it tried. The count
 * comes from the security log, so every node sees the same.
 */
@Component
class LoginThrottle {

    private final SecurityLog log;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(SecurityLog log, @Value("${clientele.login.max-failures-per-address:50}") int maxFailures,
            @Value("${clientele.login.address-window:PT15M}") Duration window) {
        this.log = log;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean allows(String clientIp) {
        return clientIp == null || log.recentFailuresFrom(clientIp, window) < maxFailures;
    }

    /** @throws ThrottledException if the current request's address has failed too often */
    void checkCurrentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (!allows(request.getRemoteAddr())) {
                log.record(SecurityEventType.LOGIN_THROTTLED, null, null, request.getRequestURI());
                throw new ThrottledException();
            }
        }
    }

    /** Too many failed sign-ins from one address. */
    static class ThrottledException extends LockedException {

        ThrottledException() {
            super("Too many failed sign-ins from this address");
        }
    }
}
