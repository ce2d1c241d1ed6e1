package org.clientele.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePageController {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "platform/home";
    }
}
