package org.clientele.sales.products;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductCategories extends JpaRepository<ProductCategory, Long> {

    List<ProductCategory> findAllByOrderByPositionAscIdAsc();

    boolean existsByParentId(long parentId);

    List<ProductCategory> findByParentId(long parentId);
}
