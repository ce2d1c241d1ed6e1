package org.clientele.sales.requests;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRequests extends JpaRepository<CustomerRequest, Long> {

    boolean existsByTicket(String ticket);

    /** Earlier requests from the same e-mail address with the same subject received since the given time. */
    @Query("select count(r) > 0 from CustomerRequest r where r.email = ?1 and r.subjectKey = ?2 and r.receivedAt >= ?3 "
            + "and r.receivedAt <= ?4 and r.id <> ?5")
    boolean repeats(String email, String subjectKey, Instant since, Instant until, long exceptId);
}
