package org.clientele.customers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Segments extends JpaRepository<Segment, Long> {

    Optional<Segment> findByNameKey(String nameKey);
}
