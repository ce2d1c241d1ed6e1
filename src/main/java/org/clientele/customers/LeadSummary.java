package org.clientele.customers;

import java.time.Instant;

/** A lead as lists show it, with the name of its source. */
public record LeadSummary(long id, LeadStatus status, String firstName, String lastName, String companyName, String email,
        String phone, String country, Long sourceId, String sourceName, long ownerId, Long teamId, Instant createdAt) {

    /** The person's name, else the company's. */
    public String displayName() {
        String person = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return person.isEmpty() ? (companyName == null ? "" : companyName) : person;
    }
}
