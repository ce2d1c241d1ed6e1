package org.clientele.sales.deals;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageVisits extends JpaRepository<StageVisit, Long> {

    List<StageVisit> findByDealIdOrderByEnteredAtAscIdAsc(long dealId);

    Optional<StageVisit> findFirstByDealIdAndLeftAtIsNullOrderByIdDesc(long dealId);

    Optional<StageVisit> findFirstByDealIdAndStageIdNotInOrderByIdDesc(long dealId, List<Long> stageIds);
}
