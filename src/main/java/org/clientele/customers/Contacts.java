package org.clientele.customers;

import org.springframework.data.jpa.repository.JpaRepository;

interface Contacts extends JpaRepository<Contact, Long> {

    boolean existsByCompanyId(long companyId);
}
