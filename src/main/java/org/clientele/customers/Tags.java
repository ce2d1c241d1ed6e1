package org.clientele.customers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Tags extends JpaRepository<Tag, Long> {

    Optional<Tag> findByNameKey(String nameKey);

    /** A query of its own rather than {@code findAll()}, whose criteria query Hibernate plans afresh on every call. */
    @Query("select t from Tag t")
    List<Tag> findEvery();
}
