package org.clientele.sales.requests;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebForms extends JpaRepository<WebForm, Long> {

    Optional<WebForm> findByToken(String token);

    Optional<WebForm> findByLeadSourceId(long leadSourceId);

    List<WebForm> findAllByOrderByNameAscIdAsc();
}
