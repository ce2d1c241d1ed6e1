package org.clientele.sales.shipments.web;

import java.util.List;

import org.clientele.platform.Flash;
import org.clientele.sales.deals.PipelineManagement;
import org.clientele.sales.deals.PipelineView;
import org.clientele.sales.deals.StageOutcome;
import org.clientele.sales.deals.StageView;
import org.clientele.sales.shipments.ShipmentStages;
import org.clientele.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators choose, per pipeline, the stage a deal moves to when its goods are shipped. */
@Controller
@RequestMapping("/admin/shipment-stages")
class ShipmentStagePageController {

    private final PipelineManagement pipelines;
    private final ShipmentStages stages;

    ShipmentStagePageController(PipelineManagement pipelines, ShipmentStages stages) {
        this.pipelines = pipelines;
        this.stages = stages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settings:admin')")
    String list(Model model) {
        List<StageChoice> choices = pipelines.pipelines().stream().map(pipeline -> new StageChoice(pipeline,
                pipeline.activeStages().stream().filter(stage -> stage.outcome() != StageOutcome.LOST).toList(),
                stages.stageFor(pipeline.id()).map(StageView::id).orElse(null))).toList();
        model.addAttribute("choices", choices);
        return "sales/shipments/stages";
    }

    @PostMapping("/{pipelineId}")
    @PreAuthorize("hasAuthority('settings:admin')")
    String choose(@PathVariable long pipelineId, @RequestParam(required = false) Long stageId, RedirectAttributes redirect) {
        try {
            stages.choose(pipelineId, stageId);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("shipments.stages.saved"));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning(ex.problems().get(0).messageCode()));
        }
        return "redirect:/admin/shipment-stages";
    }

    /** A pipeline with the stages that can follow a shipment and the one chosen, if any. */
    record StageChoice(PipelineView pipeline, List<StageView> stages, Long chosen) {
    }
}
