package org.clientele.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Leads extends JpaRepository<Lead, Long> {

    Optional<Lead> findFirstByConvertedCompanyIdOrderByIdAsc(long companyId);

    Optional<Lead> findFirstByConvertedContactIdOrderByIdAsc(long contactId);

    List<Lead> findByConvertedCompanyId(long companyId);

    List<Lead> findByConvertedContactId(long contactId);
}
