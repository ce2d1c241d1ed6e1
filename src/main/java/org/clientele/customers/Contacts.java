package org.clientele.customers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<Contact, Long> {

    boolean existsByCompanyId(long companyId);

    List<Contact> findByCompanyId(long companyId);
}
