package org.clientele.sales.shipments;

import java.util.Optional;

import org.clientele.sales.deals.DealManagement;
import org.clientele.sales.deals.DealView;
import org.clientele.sales.deals.PipelineManagement;
import org.clientele.sales.deals.StageOutcome;
import org.clientele.sales.deals.StageView;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per pipeline, the stage a deal moves to when goods of it are shipped (the seed's "goods
 * shipped" stage). Only an open or a won stage can be chosen; a deal moves only forward, and only
 * while it is open, so a shipment never reopens or un-wins a deal.
 */
@Service
public class ShipmentStages {

    private final JdbcClient jdbc;
    private final PipelineManagement pipelines;
    private final DealManagement deals;

    ShipmentStages(JdbcClient jdbc, PipelineManagement pipelines, DealManagement deals) {
        this.jdbc = jdbc;
        this.pipelines = pipelines;
        this.deals = deals;
    }

    /** The stage deals of the pipeline move to when shipped, if one is set. */
    @Transactional(readOnly = true)
    public Optional<StageView> stageFor(long pipelineId) {
        return jdbc.sql("select stage_id from pipeline_shipment_stages where pipeline_id = ?").param(pipelineId)
                .query(Long.class).optional().flatMap(pipelines::stage);
    }

    /**
     * Sets (or, with {@code null}, clears) the pipeline's shipment stage.
     *
     * @throws InvalidInputException on {@code stageId} for a stage of another pipeline or a lost stage
     */
    @Transactional
    public void choose(long pipelineId, Long stageId) {
        pipelines.find(pipelineId).orElseThrow(() -> new RecordNotFoundException("Pipeline", pipelineId));
        if (stageId != null) {
            StageView stage = pipelines.stage(stageId).filter(candidate -> candidate.pipelineId() == pipelineId)
                    .orElseThrow(() -> InvalidInputException.of("stageId", "validation.deals.stage-unknown"));
            if (stage.outcome() == StageOutcome.LOST) {
                throw InvalidInputException.of("stageId", "validation.shipments.stage-lost");
            }
        }
        jdbc.sql("delete from pipeline_shipment_stages where pipeline_id = ?").param(pipelineId).update();
        if (stageId == null) {
            return;
        }
        jdbc.sql("insert into pipeline_shipment_stages (pipeline_id, stage_id) values (?, ?)").params(pipelineId, stageId).update();
    }

    /** Moves an open deal on to its pipeline's shipment stage, if there is one and the deal is before it. */
    void advance(DealView deal) {
        if (deal.status() != StageOutcome.OPEN) {
            return;
        }
        stageFor(deal.pipelineId()).filter(StageView::active).ifPresent(target -> {
            StageView current = pipelines.stage(deal.stageId()).orElseThrow();
            if (current.position() < target.position()) {
                deals.moveToStage(deal.id(), target.id(), null);
            }
        });
    }
}
