package org.clientele.customers;

import java.time.Instant;

/** A company as lists show it. */
public record CompanySummary(long id, String name, String website, String email, String phone, String city, String country,
        long ownerId, Long teamId, Instant createdAt) {
}
