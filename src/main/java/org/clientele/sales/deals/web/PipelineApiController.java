package org.clientele.sales.deals.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientele.sales.deals.ClosingReasonManagement;
import org.clientele.sales.deals.ClosingReasonView;
import org.clientele.sales.deals.PipelineManagement;
import org.clientele.sales.deals.PipelineView;
import org.clientele.sales.deals.StageView;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.shared.web.Ids;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Pipelines", description = "Pipelines with their stages, and closing reasons: the reference data of deals")
class PipelineApiController {

    private final PipelineManagement pipelines;
    private final ClosingReasonManagement reasons;

    PipelineApiController(PipelineManagement pipelines, ClosingReasonManagement reasons) {
        this.pipelines = pipelines;
        this.reasons = reasons;
    }

    @GetMapping("/api/v1/pipelines")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "Every pipeline with its stages in order", description = "teamId null: offered to everyone. Inactive "
            + "pipelines and stages are listed with active false; deals are no longer put into them. Never more than a page.")
    PageJson<PipelineJson> pipelines() {
        return new PageJson<>(pipelines.pipelines().stream().map(PipelineJson::of).toList(), null);
    }

    @GetMapping("/api/v1/pipelines/{id}")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "One pipeline with its stages in order")
    PipelineJson pipeline(@PathVariable long id) {
        return pipelines.find(id).map(PipelineJson::of).orElseThrow(() -> new RecordNotFoundException("Pipeline", id));
    }

    @GetMapping("/api/v1/closing-reasons")
    @PreAuthorize("hasAuthority('sales:read')")
    @Operation(summary = "Every closing reason", description = "Success reasons (for won deals) first, then the others (for lost "
            + "deals), each group in order. teamId null: offered to everyone.")
    PageJson<ReasonJson> reasons() {
        return new PageJson<>(reasons.reasons().stream().map(ReasonJson::of).toList(), null);
    }

    record PageJson<T>(List<T> data, String next) {
    }

    record PipelineJson(String id, String name, String teamId, boolean isDefault, int position, boolean active,
            List<StageJson> stages) {

        static PipelineJson of(PipelineView pipeline) {
            return new PipelineJson(Ids.of(pipeline.id()), pipeline.name(), Ids.of(pipeline.teamId()), pipeline.isDefault(),
                    pipeline.position(), pipeline.active(), pipeline.stages().stream().map(StageJson::of).toList());
        }
    }

    record StageJson(String id, String name, int position, String probability, String outcome, boolean active) {

        static StageJson of(StageView stage) {
            return new StageJson(Ids.of(stage.id()), stage.name(), stage.position(),
                    stage.probability().stripTrailingZeros().toPlainString(), stage.outcome().name(), stage.active());
        }
    }

    record ReasonJson(String id, String name, boolean success, String teamId, int position, boolean active) {

        static ReasonJson of(ClosingReasonView reason) {
            return new ReasonJson(Ids.of(reason.id()), reason.name(), reason.success(), Ids.of(reason.teamId()), reason.position(),
                    reason.active());
        }
    }
}
