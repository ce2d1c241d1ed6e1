package org.clientele.platform.jobs.web;

import org.clientele.platform.jobs.JobsOverview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class JobsPageController {

    private final JobsOverview overview;

    JobsPageController(JobsOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/admin/jobs")
    @PreAuthorize("hasAuthority('settings:admin')")
    String jobs(Model model) {
        model.addAttribute("jobs", overview.jobs());
        model.addAttribute("events", overview.events());
        return "platform/jobs";
    }
}
