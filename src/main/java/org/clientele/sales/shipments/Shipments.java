package org.clientele.sales.shipments;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Shipments extends JpaRepository<Shipment, Long> {

    List<Shipment> findByDealIdOrderByPlannedOnAscIdAsc(long dealId);

    /** What the line's shipments, planned or shipped, hold together, leaving one shipment out. */
    @Query("select coalesce(sum(s.quantity), 0) from Shipment s where s.dealLineId = :lineId and s.id <> :except")
    BigDecimal quantityForLine(long lineId, long except);
}
