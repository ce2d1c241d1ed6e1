package org.clientele.sales.deals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Pipelines extends JpaRepository<Pipeline, Long> {

    List<Pipeline> findAllByOrderByPositionAscIdAsc();
}
