package org.clientele.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Leads extends JpaRepository<Lead, Long> {

    Optional<Lead> findFirstByConvertedCompanyIdOrderByIdAsc(long companyId);

    Optional<Lead> findFirstByConvertedContactIdOrderByIdAsc(long contactId);

    @Query("select l.id from Lead l where l.convertedCompanyId = :companyId")
    List<Long> idsConvertedToCompany(long companyId);

    @Query("select l.id from Lead l where l.convertedContactId = :contactId")
    List<Long> idsConvertedToContact(long contactId);

    List<Lead> findByConvertedCompanyId(long companyId);

    List<Lead> findByConvertedContactId(long contactId);
}
