package org.clientele.sales.deals;

import java.util.List;
import java.util.Optional;

/**
 * A pipeline with its stages in order (inactive ones included, marked so).
 *
 * @param teamId the team it is offered to, or {@code null} for everyone
 * @param isDefault whether new deals of its team (or of everyone, without a team) land in it
 */
public record PipelineView(long id, String name, Long teamId, boolean isDefault, int position, boolean active,
        List<StageView> stages) {

    public PipelineView {
        stages = List.copyOf(stages);
    }

    /** The active stages in order. */
    public List<StageView> activeStages() {
        return stages.stream().filter(StageView::active).toList();
    }

    /** The first active stage with the outcome. */
    public Optional<StageView> firstStage(StageOutcome outcome) {
        return activeStages().stream().filter(stage -> stage.outcome() == outcome).findFirst();
    }
}
