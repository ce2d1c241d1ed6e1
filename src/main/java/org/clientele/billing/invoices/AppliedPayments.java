package org.clientele.billing.invoices;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppliedPayments extends JpaRepository<AppliedPayment, AppliedPayment.Key> {
}
