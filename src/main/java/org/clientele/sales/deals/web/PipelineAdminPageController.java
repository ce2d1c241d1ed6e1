package org.clientele.sales.deals.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.clientele.sales.deals.PipelineForm;
import org.clientele.sales.deals.PipelineManagement;
import org.clientele.sales.deals.StageForm;
import org.clientele.sales.deals.StageOutcome;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pipelines for administrators: create (with an open, a won and a lost stage to start from),
 * rename, offer to a team, make default, deactivate; stages added, changed, moved up and down
 * with buttons (keyboard accessible), deactivated.
 */
@Controller
@RequestMapping("/admin/pipelines")
class PipelineAdminPageController {

    private static final String PAGE = "/admin/pipelines";
    private static final String SAVED = "deals.admin.saved";

    private final PipelineManagement pipelines;
    private final DealPageOptions options;
    private final MessageSource messages;

    PipelineAdminPageController(PipelineManagement pipelines, DealPageOptions options, MessageSource messages) {
        this.pipelines = pipelines;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String show(Model model) {
        model.addAttribute("pipelines", pipelines.pipelines());
        model.addAttribute("teams", options.teams());
        model.addAttribute("teamNames", options.teamNames());
        model.addAttribute("outcomes", StageOutcome.values());
        return "sales/deals/pipelines";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) Long teamId, Locale locale,
            RedirectAttributes redirect) {
        List<StageForm> first = List.of(
                new StageForm(messages.getMessage("deals.admin.first-stage.open", null, locale), BigDecimal.TEN, StageOutcome.OPEN),
                new StageForm(messages.getMessage("deals.admin.first-stage.won", null, locale), BigDecimal.valueOf(100), StageOutcome.WON),
                new StageForm(messages.getMessage("deals.admin.first-stage.lost", null, locale), BigDecimal.ZERO, StageOutcome.LOST));
        return PageActions.run(PAGE, redirect, () -> pipelines.create(new PipelineForm(name, teamId), first), SAVED);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String change(@PathVariable long id, @RequestParam(required = false) String name, @RequestParam(required = false) Long teamId,
            RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> pipelines.change(id, new PipelineForm(name, teamId)), SAVED);
    }

    @PostMapping("/{id}/default")
    @PreAuthorize("hasAuthority('settings:admin')")
    String makeDefault(@PathVariable long id, RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> pipelines.makeDefault(id), SAVED);
    }

    @PostMapping("/{id}/active")
    @PreAuthorize("hasAuthority('settings:admin')")
    String activate(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> pipelines.activate(id, active), SAVED);
    }

    @PostMapping("/{id}/stages")
    @PreAuthorize("hasAuthority('settings:admin')")
    String addStage(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) BigDecimal probability, @RequestParam(required = false) StageOutcome outcome,
            RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> pipelines.addStage(id, new StageForm(name, probability, outcome)), SAVED);
    }

    @PostMapping("/stages/{stageId}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String changeStage(@PathVariable long stageId, @RequestParam(required = false) String name,
            @RequestParam(required = false) BigDecimal probability, @RequestParam(required = false) StageOutcome outcome,
            RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> pipelines.changeStage(stageId, new StageForm(name, probability, outcome)), SAVED);
    }

    @PostMapping("/stages/{stageId}/move")
    @PreAuthorize("hasAuthority('settings:admin')")
    String moveStage(@PathVariable long stageId, @RequestParam boolean up, RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> pipelines.moveStage(stageId, up), SAVED);
    }

    @PostMapping("/stages/{stageId}/active")
    @PreAuthorize("hasAuthority('settings:admin')")
    String activateStage(@PathVariable long stageId, @RequestParam boolean active, RedirectAttributes redirect) {
        return PageActions.run(PAGE, redirect, () -> pipelines.activateStage(stageId, active), SAVED);
    }
}
