package org.clientele.sales.products;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PriceLists extends JpaRepository<PriceList, Long> {

    List<PriceList> findByIdGreaterThanOrderByIdAsc(long afterId, Limit limit);
}
