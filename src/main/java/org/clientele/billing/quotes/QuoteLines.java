package org.clientele.billing.quotes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteLines extends JpaRepository<QuoteLine, Long> {

    List<QuoteLine> findByQuoteIdOrderByPositionAscIdAsc(long quoteId);

    void deleteByQuoteId(long quoteId);
}
