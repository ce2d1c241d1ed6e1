package org.clientele.identity.web;

import java.util.List;

import org.clientele.identity.SecurityEventType;
import org.clientele.identity.SecurityLog;
import org.clientele.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators and auditors read the security log, newest first. */
@Controller
@PreAuthorize("hasAuthority('audit:read')")
class SecurityLogPageController {

    private static final String SORT = "-occurredAt";

    private final SecurityLog log;

    SecurityLogPageController(SecurityLog log) {
        this.log = log;
    }

    @GetMapping("/admin/security-events")
    String events(@RequestParam(required = false) SecurityEventType type, @RequestParam(required = false) Long userId,
            @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", log.list(PageRequest.of(null, SORT, cursor, SORT), type, userId));
        model.addAttribute("type", type);
        model.addAttribute("userId", userId);
        model.addAttribute("types", List.of(SecurityEventType.values()));
        return "identity/security-events";
    }
}
