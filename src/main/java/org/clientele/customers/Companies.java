package org.clientele.customers;

import org.springframework.data.jpa.repository.JpaRepository;

interface Companies extends JpaRepository<Company, Long> {
}
