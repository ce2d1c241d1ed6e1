package org.clientele.sales.products;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface Products extends JpaRepository<Product, Long> {

    boolean existsByCategoryId(long categoryId);

    Optional<Product> findByCode(String code);

    List<Product> findByStageOrderByStageEnteredAtDescIdDesc(String stage, Limit limit);

    long countByStage(String stage);

    List<Product> findByIdIn(Collection<Long> ids);
}
