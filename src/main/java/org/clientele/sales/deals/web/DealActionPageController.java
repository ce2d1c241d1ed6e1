package org.clientele.sales.deals.web;

import org.clientele.platform.Flash;
import org.clientele.sales.deals.DealManagement;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions of the deal page: move to a stage, win, lose (with a reason), reopen, and change
 * the product lines. Each answers with the deal page again, saying what happened or what was wrong.
 */
@Controller
@RequestMapping("/deals/{id}")
class DealActionPageController {

    private final DealManagement deals;

    DealActionPageController(DealManagement deals) {
        this.deals = deals;
    }

    @PostMapping("/stage")
    @PreAuthorize("hasAuthority('sales:write')")
    String move(@PathVariable long id, @RequestParam(required = false) Long stageId,
            @RequestParam(required = false) Long closingReasonId, RedirectAttributes redirect) {
        if (stageId == null) {
            return done(id, redirect, () -> {
                throw InvalidInputException.of("stageId", "validation.deals.stage-unknown");
            }, null);
        }
        return done(id, redirect, () -> deals.moveToStage(id, stageId, closingReasonId), "deals.moved");
    }

    @PostMapping("/win")
    @PreAuthorize("hasAuthority('sales:write')")
    String win(@PathVariable long id, @RequestParam(required = false) Long closingReasonId, RedirectAttributes redirect) {
        return done(id, redirect, () -> deals.win(id, closingReasonId), "deals.won");
    }

    @PostMapping("/lose")
    @PreAuthorize("hasAuthority('sales:write')")
    String lose(@PathVariable long id, @RequestParam(required = false) Long closingReasonId, RedirectAttributes redirect) {
        return done(id, redirect, () -> deals.lose(id, closingReasonId), "deals.lost");
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasAuthority('sales:write')")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return done(id, redirect, () -> deals.reopen(id), "deals.reopened");
    }

    @PostMapping("/lines")
    @PreAuthorize("hasAuthority('sales:write')")
    String addLine(@PathVariable long id, @ModelAttribute LineRow line, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return notANumber(id, redirect);
        }
        return done(id, redirect, () -> deals.addLine(id, line.toForm()), "deals.lines.saved");
    }

    @PostMapping("/lines/{lineId}")
    @PreAuthorize("hasAuthority('sales:write')")
    String changeLine(@PathVariable long id, @PathVariable long lineId, @ModelAttribute LineRow line, BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return notANumber(id, redirect);
        }
        return done(id, redirect, () -> deals.changeLine(id, lineId, line.toForm()), "deals.lines.saved");
    }

    @PostMapping("/lines/{lineId}/delete")
    @PreAuthorize("hasAuthority('sales:write')")
    String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
        return done(id, redirect, () -> deals.removeLine(id, lineId), "deals.lines.removed");
    }

    private String notANumber(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("validation.deals.line-numbers"));
        return "redirect:/deals/" + id;
    }

    /** Runs the action on a deal the user may see; anything else answers as missing. */
    private String done(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
        deals.find(id).orElseThrow(() -> new RecordNotFoundException("Deal", id));
        return PageActions.run("/deals/" + id, redirect, action, doneKey);
    }
}
