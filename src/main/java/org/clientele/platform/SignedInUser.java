package org.clientele.platform;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the platform needs to know of whoever is signed in: for audit, language and time zone. */
public interface SignedInUser {

    long userId();

    String email();

    String displayName();

    Locale locale();

    ZoneId timeZone();

    /** Whoever is signed in on this thread, if anyone. */
    static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }
}
