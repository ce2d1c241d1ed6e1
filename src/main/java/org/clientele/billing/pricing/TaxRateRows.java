package org.clientele.billing.pricing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaxRateRows extends JpaRepository<TaxRate, Long> {

    List<TaxRate> findAllByOrderByActiveDescNameAscIdAsc();

    List<TaxRate> findByActiveTrueOrderByNameAscIdAsc();

    Optional<TaxRate> findByDefaultRateTrue();

    Optional<TaxRate> findByNameIgnoreCase(String name);
}
