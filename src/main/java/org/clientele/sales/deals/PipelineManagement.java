package org.clientele.sales.deals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.clientele.identity.TeamManagement;
import org.clientele.shared.ConflictException;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipelines and their stages: reading them for deals, and their administration. Every pipeline
 * keeps at least one active open, won and lost stage; the default pipeline stays active; a stage
 * with open deals in it stays active. Reading is for everyone who works with deals (pipelines
 * are reference data); changing is for administrators, as the pages and API declare.
 */
@Service
public class PipelineManagement {

    static final String RECORD_TYPE = "Pipeline";
    static final String STAGE = "Stage";
    private static final int STEP = 10;

    private final Pipelines pipelines;
    private final PipelineStages stages;
    private final DealCounts dealCounts;
    private final TeamManagement teams;

    PipelineManagement(Pipelines pipelines, PipelineStages stages, DealCounts dealCounts, TeamManagement teams) {
        this.pipelines = pipelines;
        this.stages = stages;
        this.dealCounts = dealCounts;
        this.teams = teams;
    }

    /** Every pipeline, active or not, in order, with all their stages. */
    @Transactional(readOnly = true)
    public List<PipelineView> pipelines() {
        Map<Long, List<StageView>> byPipeline = stages.findAllByOrderByPipelineIdAscPositionAscIdAsc().stream()
                .map(PipelineStage::toView).collect(Collectors.groupingBy(StageView::pipelineId));
        return pipelines.findAllByOrderByPositionAscIdAsc().stream()
                .map(pipeline -> view(pipeline, byPipeline.getOrDefault(pipeline.getId(), List.of()))).toList();
    }

    /** The active pipelines a deal of the team may be in: the team's and everyone's. */
    @Transactional(readOnly = true)
    public List<PipelineView> offeredTo(Long teamId) {
        return pipelines().stream().filter(p -> p.active() && (p.teamId() == null || p.teamId().equals(teamId))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PipelineView> find(long id) {
        return pipelines.findById(id).map(pipeline -> view(pipeline, stagesOf(pipeline.getId())));
    }

    @Transactional(readOnly = true)
    public Optional<StageView> stage(long stageId) {
        return stages.findById(stageId).map(PipelineStage::toView);
    }

    /**
     * Where new deals of a team land: the team's active default pipeline, else everyone's, else the
     * first active pipeline offered to the team.
     */
    @Transactional(readOnly = true)
    public Optional<PipelineView> defaultFor(Long teamId) {
        List<PipelineView> offered = offeredTo(teamId);
        return offered.stream().filter(p -> p.isDefault() && p.teamId() != null).findFirst()
                .or(() -> offered.stream().filter(p -> p.isDefault() && p.teamId() == null).findFirst())
                .or(() -> offered.stream().filter(p -> p.firstStage(StageOutcome.OPEN).isPresent()).findFirst());
    }

    /**
     * Creates a pipeline with its first stages, last in order.
     *
     * @param initialStages must hold at least one open, one won and one lost stage
     */
    @Transactional
    public PipelineView create(PipelineForm form, List<StageForm> initialStages) {
        Checks checks = new Checks();
        PipelineForm checked = checked(checks, form, null);
        List<StageForm> checkedStages = new ArrayList<>();
        for (int i = 0; i < initialStages.size(); i++) {
            checkedStages.add(checked(checks, "stages[" + i + "]", initialStages.get(i)));
        }
        for (StageOutcome outcome : StageOutcome.values()) {
            if (checkedStages.stream().noneMatch(stage -> stage.outcome() == outcome)) {
                checks.reject("stages", "validation.deals.pipeline-outcomes");
            }
        }
        checks.throwIfAny();
        int position = pipelines.findAllByOrderByPositionAscIdAsc().stream().mapToInt(Pipeline::getPosition).max().orElse(0) + STEP;
        Pipeline pipeline = pipelines.save(new Pipeline(checked.name(), checked.teamId(), position));
        for (int i = 0; i < checkedStages.size(); i++) {
            StageForm stage = checkedStages.get(i);
            stages.save(new PipelineStage(pipeline.getId(), stage.name(), (i + 1) * STEP, stage.probability(), stage.outcome()));
        }
        return find(pipeline.getId()).orElseThrow();
    }

    @Transactional
    public PipelineView change(long id, PipelineForm form) {
        Pipeline pipeline = existing(id);
        Checks checks = new Checks();
        PipelineForm checked = checked(checks, form, pipeline.getTeamId());
        checks.throwIfAny();
        pipeline.change(checked.name(), checked.teamId());
        if (pipeline.isDefault()) {
            clearOtherDefaults(pipeline);
        }
        return find(id).orElseThrow();
    }

    /** Makes it the default pipeline of its team (or of everyone); the former default stays as it is otherwise. */
    @Transactional
    public PipelineView makeDefault(long id) {
        Pipeline pipeline = existing(id);
        if (!pipeline.isActive()) {
            throw new ConflictException("deals.pipeline.inactive", List.of());
        }
        pipeline.markDefault(true);
        clearOtherDefaults(pipeline);
        return find(id).orElseThrow();
    }

    /**
     * Deactivates or reactivates a pipeline: an inactive one takes no new deals; its deals stay.
     *
     * @throws ConflictException for the default pipeline
     */
    @Transactional
    public PipelineView activate(long id, boolean active) {
        Pipeline pipeline = existing(id);
        if (!active && pipeline.isDefault()) {
            throw new ConflictException("deals.pipeline.default-stays-active", List.of());
        }
        pipeline.activate(active);
        return find(id).orElseThrow();
    }

    /** Adds a stage after the pipeline's last one. */
    @Transactional
    public StageView addStage(long pipelineId, StageForm form) {
        existing(pipelineId);
        Checks checks = new Checks();
        StageForm checked = checked(checks, "", form);
        checks.throwIfAny();
        int position = stagesOf(pipelineId).stream().mapToInt(StageView::position).max().orElse(0) + STEP;
        return stages.save(new PipelineStage(pipelineId, checked.name(), position, checked.probability(), checked.outcome())).toView();
    }

    /** @throws InvalidInputException if the pipeline would lose its last active stage of the old outcome */
    @Transactional
    public StageView changeStage(long stageId, StageForm form) {
        PipelineStage stage = existingStage(stageId);
        Checks checks = new Checks();
        StageForm checked = checked(checks, "", form);
        if (checked.outcome() != null && checked.outcome() != stage.getOutcome()) {
            if (stage.isActive() && lastActiveOf(stage)) {
                checks.reject("outcome", "validation.deals.pipeline-outcomes");
            }
            if (dealCounts.anyInStage(stage.getPipelineId(), stageId)) {
                checks.reject("outcome", "validation.deals.stage-outcome-in-use");
            }
        }
        checks.throwIfAny();
        stage.change(checked.name(), checked.probability(), checked.outcome());
        return stage.toView();
    }

    /** Swaps the stage with its neighbour before ({@code up}) or after it; nothing happens at either end. */
    @Transactional
    public PipelineView moveStage(long stageId, boolean up) {
        PipelineStage stage = existingStage(stageId);
        List<PipelineStage> ordered = stages.findByPipelineIdOrderByPositionAscIdAsc(stage.getPipelineId());
        int index = ordered.indexOf(stage);
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < ordered.size()) {
            PipelineStage neighbour = ordered.get(other);
            ordered.set(other, stage);
            ordered.set(index, neighbour);
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).moveTo((i + 1) * STEP);
            }
        }
        return find(stage.getPipelineId()).orElseThrow();
    }

    /**
     * Deactivates or reactivates a stage: deals can no longer be moved into an inactive stage.
     *
     * @throws ConflictException if deals are still in the stage, or it is the pipeline's last active one of its outcome
     */
    @Transactional
    public StageView activateStage(long stageId, boolean active) {
        PipelineStage stage = existingStage(stageId);
        if (!active && stage.isActive()) {
            if (lastActiveOf(stage)) {
                throw new ConflictException("deals.stage.last-of-outcome", List.of());
            }
            if (dealCounts.anyInStage(stage.getPipelineId(), stageId)) {
                throw new ConflictException("deals.stage.in-use", List.of());
            }
        }
        stage.activate(active);
        return stage.toView();
    }

    private boolean lastActiveOf(PipelineStage stage) {
        return stagesOf(stage.getPipelineId()).stream()
                .filter(other -> other.active() && other.outcome() == stage.getOutcome()).count() <= 1;
    }

    private void clearOtherDefaults(Pipeline pipeline) {
        pipelines.findAll().stream()
                .filter(other -> other.isDefault() && !other.getId().equals(pipeline.getId())
                        && Objects.equals(other.getTeamId(), pipeline.getTeamId()))
                .forEach(other -> other.markDefault(false));
    }

    private PipelineForm checked(Checks checks, PipelineForm form, Long currentTeamId) {
        String name = checks.required("name", form.name(), 100);
        if (form.teamId() != null && !form.teamId().equals(currentTeamId) && !teams.exists(form.teamId())) {
            checks.reject("teamId", "validation.customers.team-unknown");
        }
        return new PipelineForm(name, form.teamId());
    }

    private StageForm checked(Checks checks, String prefix, StageForm form) {
        String field = prefix.isEmpty() ? "" : prefix + ".";
        String name = checks.required(field + "name", form.name(), 100);
        if (form.probability() == null) {
            checks.reject(field + "probability", "validation.customers.required");
        }
        checks.percent(field + "probability", form.probability());
        if (form.outcome() == null) {
            checks.reject(field + "outcome", "validation.customers.required");
        }
        return new StageForm(name, form.probability(), form.outcome());
    }

    private List<StageView> stagesOf(long pipelineId) {
        return stages.findByPipelineIdOrderByPositionAscIdAsc(pipelineId).stream().map(PipelineStage::toView).toList();
    }

    private Pipeline existing(long id) {
        return pipelines.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private PipelineStage existingStage(long id) {
        return stages.findById(id).orElseThrow(() -> new RecordNotFoundException(STAGE, id));
    }

    private static PipelineView view(Pipeline pipeline, List<StageView> stages) {
        return new PipelineView(pipeline.getId(), pipeline.getName(), pipeline.getTeamId(), pipeline.isDefault(),
                pipeline.getPosition(), pipeline.isActive(),
                stages.stream().sorted(Comparator.comparingInt(StageView::position).thenComparingLong(StageView::id)).toList());
    }
}
