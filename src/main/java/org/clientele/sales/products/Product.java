package org.clientele.sales.products;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** Goods or a service in the catalogue, with its list price and its stage in the product tracker. */
@Entity
@Table(name = "products")
@Audited
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    @NotAudited
    private String sortName;

    private String code;

    /** A {@link ProductKind} by name. */
    private String kind;

    @Column(length = 4000)
    private String description;

    private String unit;

    private BigDecimal price;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    private boolean onSale;

    private Long categoryId;

    /** A {@link ProductStage} by name. */
    private String stage;

    private Instant stageEnteredAt;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected Product() {
    }

    /** A new product at the form's stage, entered now. */
    Product(ProductForm form, long createdBy, Instant now) {
        this.createdAt = now;
        this.createdBy = createdBy;
        this.stage = form.stage().name();
        this.stageEnteredAt = now;
        apply(form, now);
    }

    /** Takes over a checked form except its stage, which {@link #moveTo} changes. */
    void apply(ProductForm form, Instant now) {
        this.name = form.name();
        this.sortName = form.name().toLowerCase(Locale.ROOT);
        this.code = form.code();
        this.kind = form.kind().name();
        this.description = form.description();
        this.unit = form.unit();
        this.price = form.price();
        this.currency = form.currency();
        this.onSale = form.onSale();
        this.categoryId = form.categoryId();
        this.updatedAt = now;
    }

    /** @return whether the stage changed */
    boolean moveTo(ProductStage next, Instant now) {
        if (getStage() == next) {
            return false;
        }
        this.stage = next.name();
        this.stageEnteredAt = now;
        this.updatedAt = now;
        return true;
    }

    /** Kept on sale no more: what a product used on price lists or deals gets instead of deletion. */
    void withdraw(Instant now) {
        this.onSale = false;
        this.updatedAt = now;
    }

    ProductView toView() {
        return new ProductView(id, version, name, code, ProductKind.valueOf(kind), description, unit,
                new Money(price, CurrencyCode.of(currency)), onSale, categoryId, getStage(), stageEnteredAt, createdAt, updatedAt,
                createdBy);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    ProductStage getStage() {
        return ProductStage.valueOf(stage);
    }

    Long getCategoryId() {
        return categoryId;
    }
}
