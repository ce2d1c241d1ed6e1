package org.clientele.billing.quotes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Quotes extends JpaRepository<Quote, Long> {

    List<Quote> findByNumberOrderByRevisionAsc(String number);

    Optional<Quote> findByPreviousRevisionId(long previousRevisionId);

    List<Quote> findByStatusAndValidUntilBefore(String status, LocalDate day);

    List<Quote> findByCompanyId(long companyId);

    List<Quote> findByContactId(long contactId);
}
