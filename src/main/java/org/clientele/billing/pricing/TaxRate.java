package org.clientele.billing.pricing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A tax rate lines copy their name and percent from; deactivated, never deleted, so old documents keep theirs. */
@Entity
@Table(name = "billing_tax_rates")
@Audited
class TaxRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    @Column(precision = 7, scale = 4)
    private BigDecimal percent;

    private boolean includedByDefault;

    private boolean active = true;

    @Column(name = "is_default")
    private boolean defaultRate;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected TaxRate() {
    }

    TaxRate(TaxRateForm form) {
        this.createdAt = Instant.now();
        change(form);
    }

    void change(TaxRateForm form) {
        this.name = form.name();
        this.percent = form.percent();
        this.includedByDefault = form.includedByDefault();
        touch();
    }

    void activate(boolean active) {
        this.active = active;
        if (!active) {
            this.defaultRate = false;
        }
        touch();
    }

    void markDefault(boolean defaultRate) {
        this.defaultRate = defaultRate;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    boolean isActive() {
        return active;
    }

    boolean isDefaultRate() {
        return defaultRate;
    }

    TaxRateView toView() {
        return new TaxRateView(id, name, percent, includedByDefault, active, defaultRate);
    }
}
