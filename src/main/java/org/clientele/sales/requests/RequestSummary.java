package org.clientele.sales.requests;

import java.time.Instant;

/** A row of the request inbox. */
public record RequestSummary(long id, String ticket, Instant receivedAt, RequestSource source, RequestStatus status,
        String firstName, String lastName, String companyName, String email, String subject, Long leadSourceId,
        String leadSourceName, boolean duplicate, boolean supportCase, boolean pending, boolean matched, boolean matchVerified,
        long ownerId, Long teamId) {

    public String displayName() {
        String person = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return !person.isEmpty() ? person : companyName != null ? companyName : email != null ? email : ticket;
    }
}
