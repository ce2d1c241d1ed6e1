package org.clientele.customers;

import java.time.Instant;

/** A contact as lists show it, with the name of the company they work at. */
public record ContactSummary(long id, String firstName, String lastName, String title, Long companyId, String companyName,
        String email, String phone, String city, String country, long ownerId, Long teamId, Instant createdAt) {

    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
