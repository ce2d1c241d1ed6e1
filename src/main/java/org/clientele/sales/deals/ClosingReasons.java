package org.clientele.sales.deals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosingReasons extends JpaRepository<ClosingReason, Long> {

    List<ClosingReason> findAllByOrderBySuccessDescPositionAscIdAsc();
}
