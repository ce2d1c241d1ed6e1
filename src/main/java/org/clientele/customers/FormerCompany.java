package org.clientele.customers;

import java.time.Instant;

/**
 * A company a contact worked at before, read from the audit trail.
 *
 * @param until when the contact was moved away from it
 */
public record FormerCompany(long companyId, String name, Instant until) {
}
