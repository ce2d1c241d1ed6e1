package org.clientele.platform;

import java.time.ZoneId;
import java.util.Locale;

/** What the platform needs to know of whoever is signed in: for audit, language and time zone. */
public interface SignedInUser {

    long userId();

    String email();

    String displayName();

    Locale locale();

    ZoneId timeZone();
}
