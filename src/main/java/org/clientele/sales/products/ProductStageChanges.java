package org.clientele.sales.products;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductStageChanges extends JpaRepository<ProductStageChange, Long> {

    List<ProductStageChange> findByProductIdOrderByEnteredAtDescIdDesc(long productId);

    Optional<ProductStageChange> findFirstByProductIdAndLeftAtIsNullOrderByIdDesc(long productId);
}
