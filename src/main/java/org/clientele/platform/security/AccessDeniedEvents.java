package org.clientele.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.platform.AccessDenied;
import org.clientele.platform.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Announces each refusal of a signed-in caller, for the security log. */
@Component
class AccessDeniedEvents {

    private final ApplicationEventPublisher events;

    AccessDeniedEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void publish(HttpServletRequest request) {
        SignedInUser.current().ifPresent(user -> events.publishEvent(new AccessDenied(user.userId(), request.getMethod(), request.getRequestURI())));
    }
}
