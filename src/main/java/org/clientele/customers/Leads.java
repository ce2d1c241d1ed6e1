package org.clientele.customers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Leads extends JpaRepository<Lead, Long> {

    Optional<Lead> findFirstByConvertedCompanyIdOrderByIdAsc(long companyId);

    Optional<Lead> findFirstByConvertedContactIdOrderByIdAsc(long contactId);
}
