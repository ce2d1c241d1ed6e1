package org.clientele.sales.currencies;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeRateRows extends JpaRepository<ExchangeRate, Long> {

    Optional<ExchangeRate> findByBaseCurrencyAndQuoteCurrencyAndValidOn(String baseCurrency, String quoteCurrency, LocalDate validOn);
}
