package org.clientele.identity;

import java.time.Instant;

/** One entry of the security log, as pages and the API show it. */
public record SecurityEvent(long id, Instant occurredAt, SecurityEventType type, Long userId, String email,
        String clientIp, String requestId, String detail) {
}
