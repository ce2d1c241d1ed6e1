package org.clientele.sales.deals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PipelineStages extends JpaRepository<PipelineStage, Long> {

    List<PipelineStage> findByPipelineIdOrderByPositionAscIdAsc(long pipelineId);

    List<PipelineStage> findAllByOrderByPipelineIdAscPositionAscIdAsc();
}
