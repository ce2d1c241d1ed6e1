package org.clientele.customers;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Tags extends JpaRepository<Tag, Long> {

    Optional<Tag> findByNameKey(String nameKey);
}
