package org.clientele.sales.deals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether deals use a stage, for the checks that keep stages in use from changing meaning or disappearing. */
@Component
class DealCounts {

    private final JdbcClient jdbc;

    DealCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any deal is in the stage now; one probe of the board index on (pipeline, status, stage). */
    boolean anyInStage(long pipelineId, long stageId) {
        return !jdbc.sql("select id from deals where pipeline_id = ? and stage_id = ? limit 1").param(pipelineId).param(stageId)
                .query(Long.class).list().isEmpty();
    }
}
