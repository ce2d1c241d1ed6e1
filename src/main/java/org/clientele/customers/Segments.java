package org.clientele.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Segments extends JpaRepository<Segment, Long> {

    Optional<Segment> findByNameKey(String nameKey);

    /** A query of its own rather than {@code findAll()}, whose criteria query Hibernate plans afresh on every call. */
    @Query("select s from Segment s where s.kind = org.clientele.customers.SegmentKind.STATIC")
    List<Segment> findStatic();
}
