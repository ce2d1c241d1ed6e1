package org.clientele.sales.products;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** Prices of products in one currency, for one company type or everyone, between optional dates. */
@Entity
@Table(name = "price_lists")
@Audited
class PriceList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    private Long companyTypeId;

    private LocalDate validFrom;

    private LocalDate validTo;

    private boolean active = true;

    @OneToMany(mappedBy = "priceList", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PriceListEntry> entries = new ArrayList<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected PriceList() {
    }

    PriceList(PriceListForm form) {
        this.createdAt = Instant.now();
        apply(form);
    }

    /** Takes over a checked form: entries of products no longer listed go, the others get their new price. */
    void apply(PriceListForm form) {
        this.name = form.name();
        this.currency = form.currency();
        this.companyTypeId = form.companyTypeId();
        this.validFrom = form.validFrom();
        this.validTo = form.validTo();
        this.active = form.active();
        Map<Long, BigDecimal> prices = new HashMap<>();
        form.entries().forEach(entry -> prices.put(entry.productId(), entry.price()));
        entries.removeIf(entry -> !prices.containsKey(entry.getProductId()));
        for (PriceListEntry entry : entries) {
            entry.setPrice(prices.remove(entry.getProductId()));
        }
        form.entries().stream().filter(entry -> prices.containsKey(entry.productId()))
                .forEach(entry -> entries.add(new PriceListEntry(this, entry.productId(), entry.price())));
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }

    String getCurrency() {
        return currency;
    }

    Long getCompanyTypeId() {
        return companyTypeId;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    boolean isActive() {
        return active;
    }

    List<PriceListEntry> getEntries() {
        return entries;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
