package org.clientele.identity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientele.identity.SecurityEvent;
import org.clientele.identity.SecurityEventType;
import org.clientele.identity.SecurityLog;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/security-events")
@Tag(name = "Security log")
class SecurityEventsApiController {

    private static final String SORT = "-occurredAt";

    private final SecurityLog log;

    SecurityEventsApiController(SecurityLog log) {
        this.log = log;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    @Operation(summary = "Security events, newest first: sign-ins, failures, lockouts, password and role changes, refusals")
    CursorPage<SecurityEventJson> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) SecurityEventType type, @RequestParam(required = false) Long userId) {
        return log.list(PageRequest.of(limit, SORT, cursor, SORT), type, userId).map(SecurityEventJson::of);
    }

    record SecurityEventJson(String id, Instant occurredAt, SecurityEventType type, String userId, String email,
            String clientIp, String requestId, String detail) {

        static SecurityEventJson of(SecurityEvent event) {
            return new SecurityEventJson(Long.toString(event.id()), event.occurredAt(), event.type(),
                    event.userId() == null ? null : event.userId().toString(), event.email(), event.clientIp(),
                    event.requestId(), event.detail());
        }
    }
}
