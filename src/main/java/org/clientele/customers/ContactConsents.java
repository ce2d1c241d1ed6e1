package org.clientele.customers;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContactConsents extends JpaRepository<ContactConsent, Long> {
}
