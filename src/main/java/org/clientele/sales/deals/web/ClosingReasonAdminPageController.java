package org.clientele.sales.deals.web;

import org.clientele.sales.deals.ClosingReasonForm;
import org.clientele.sales.deals.ClosingReasonManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Closing reasons for administrators: add, rename, success or not, offer to a team, reorder, deactivate. */
@Controller
@RequestMapping("/admin/closing-reasons")
class ClosingReasonAdminPageController {

    private static final String PAGE = "/admin/closing-reasons";
    private static final String SAVED = "deals.admin.saved";

    private final ClosingReasonManagement reasons;
    private final DealPageOptions options;

    ClosingReasonAdminPageController(ClosingReasonManagement reasons, DealPageOptions options) {
        this.reasons = reasons;
        this.options = options;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String show(Model model) {
        model.addAttribute("reasons", reasons.reasons());
        model.addAttribute("teams", options.teams());
        return "sales/deals/closing-reasons";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String create(@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean success,
            @RequestParam(required = false) Long teamId, RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> reasons.create(new ClosingReasonForm(name, success, teamId)), SAVED);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String change(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean success, @RequestParam(required = false) Long teamId,
            RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> reasons.change(id, new ClosingReasonForm(name, success, teamId)), SAVED);
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasAuthority('settings:admin')")
    String move(@PathVariable long id, @RequestParam boolean up, RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> reasons.move(id, up), SAVED);
    }

    @PostMapping("/{id}/active")
    @PreAuthorize("hasAuthority('settings:admin')")
    String activate(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> reasons.activate(id, active), SAVED);
    }
}
