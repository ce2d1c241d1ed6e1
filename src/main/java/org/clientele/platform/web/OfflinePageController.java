package org.clientele.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page the service worker keeps to show when Clientele cannot be reached. It is public and
 * holds nothing about the user, since the browser keeps it.
 */
@Controller
class OfflinePageController {

    @GetMapping("/offline")
    String offline() {
        return "platform/offline";
    }
}
