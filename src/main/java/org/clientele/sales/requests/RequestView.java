package org.clientele.sales.requests;

import java.time.Instant;

/**
 * A request as pages and the API show it.
 *
 * @param matchVerified whether a person confirmed or chose the match; {@code false} while it waits
 */
public record RequestView(long id, long version, String ticket, Instant receivedAt, RequestSource source, Long leadSourceId,
        Long webFormId, RequestStatus status, String firstName, String lastName, String email, String phone, String companyName,
        String website, String country, String city, String subject, String message, String remoteAddress, String userAgent,
        boolean duplicate, boolean supportCase, boolean pending, Long contactId, Long companyId, Long leadId,
        boolean matchVerified, Long dealId, long ownerId, Long teamId, Instant createdAt, Instant updatedAt, Long createdBy) {

    /** The sender's name, else the company, else the e-mail address or phone. */
    public String displayName() {
        String person = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        if (!person.isEmpty()) {
            return person;
        }
        return companyName != null ? companyName : email != null ? email : phone != null ? phone : ticket;
    }

    public boolean matched() {
        return contactId != null || companyId != null || leadId != null;
    }

    /** Matched automatically and not confirmed by anyone yet. */
    public boolean awaitsVerification() {
        return matched() && !matchVerified;
    }

    public RequestForm toForm() {
        return new RequestForm(source, leadSourceId, firstName, lastName, email, phone, companyName, website, country, city,
                subject, message, supportCase, pending, duplicate, ownerId, teamId);
    }
}
