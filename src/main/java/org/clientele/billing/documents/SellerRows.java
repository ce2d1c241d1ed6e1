package org.clientele.billing.documents;

import org.springframework.data.jpa.repository.JpaRepository;

interface SellerRows extends JpaRepository<Seller, Integer> {
}
