package org.clientele.billing.ledger;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LedgerTransactions extends JpaRepository<LedgerTransaction, Long> {

    List<LedgerTransaction> findByInvoiceIdOrderByPaidOnAscIdAsc(long invoiceId);

    boolean existsByCategoryId(long categoryId);
}
