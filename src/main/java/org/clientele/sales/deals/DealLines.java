package org.clientele.sales.deals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DealLines extends JpaRepository<DealLine, Long> {

    List<DealLine> findByDealIdOrderByPositionAscIdAsc(long dealId);
}
