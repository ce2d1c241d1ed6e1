package org.clientele.sales.deals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Deals extends JpaRepository<Deal, Long> {

    List<Deal> findByCompanyId(long companyId);

    List<Deal> findByContactId(long contactId);

    boolean existsByLeadId(long leadId);
}
