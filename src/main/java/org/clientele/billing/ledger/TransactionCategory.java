package org.clientele.billing.ledger;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A heading transactions are booked under, such as Rent or Salaries; administrators keep the list. */
@Entity
@Table(name = "billing_transaction_categories")
@Audited
class TransactionCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private boolean active;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected TransactionCategory() {
    }

    TransactionCategory(String name, Instant now) {
        this.name = name;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String name, boolean active, Instant now) {
        this.name = name;
        this.active = active;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    TransactionCategoryView view() {
        return new TransactionCategoryView(id, name, active);
    }
}
