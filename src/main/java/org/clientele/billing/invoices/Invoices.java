package org.clientele.billing.invoices;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Invoices extends JpaRepository<Invoice, Long> {

    /** The invoice with its row locked until the transaction ends, so payments and credits on it take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = :id")
    Optional<Invoice> lockById(long id);

    List<Invoice> findByCreditedInvoiceIdOrderByIdAsc(long creditedInvoiceId);
}
