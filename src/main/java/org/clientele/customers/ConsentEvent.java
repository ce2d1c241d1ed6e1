package org.clientele.customers;

import java.time.Instant;

/**
 * One change of a contact's consent, for its history.
 *
 * @param userId who made it, {@code null} for the system (an unsubscribe link)
 * @param value the new value: the marketing answer, {@code true}/{@code false} for do-not-contact,
 *        or the allowed channels such as {@code email phone}
 * @param detail the reason given for do-not-contact, or {@code null}
 */
public record ConsentEvent(long id, Instant occurredAt, Long userId, ConsentChangeKind kind, ConsentSource source, String value,
        String detail) {
}
