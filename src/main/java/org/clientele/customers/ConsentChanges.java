package org.clientele.customers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentChanges extends JpaRepository<ConsentChange, Long> {

    List<ConsentChange> findTop50ByContactIdOrderByOccurredAtDescIdDesc(long contactId);
}
