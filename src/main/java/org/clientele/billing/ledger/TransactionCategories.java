package org.clientele.billing.ledger;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransactionCategories extends JpaRepository<TransactionCategory, Long> {

    List<TransactionCategory> findAllByOrderByNameAsc();

    Optional<TransactionCategory> findByNameIgnoreCase(String name);
}
