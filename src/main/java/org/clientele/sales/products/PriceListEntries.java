package org.clientele.sales.products;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriceListEntries extends JpaRepository<PriceListEntry, Long> {

    boolean existsByProductId(long productId);

    /** The product's entries on the active lists of the currency that apply on the day, for the company type or everyone. */
    @Query("""
            select e from PriceListEntry e join fetch e.priceList l
            where e.productId = :productId and l.active = true and l.currency = :currency
              and (l.companyTypeId is null or l.companyTypeId = :companyTypeId)
              and (l.validFrom is null or l.validFrom <= :on) and (l.validTo is null or l.validTo >= :on)""")
    List<PriceListEntry> applicable(long productId, String currency, Long companyTypeId, LocalDate on);

    @Query("select e from PriceListEntry e join fetch e.priceList l where e.productId = :productId order by l.name, l.id")
    List<PriceListEntry> ofProduct(long productId);
}
