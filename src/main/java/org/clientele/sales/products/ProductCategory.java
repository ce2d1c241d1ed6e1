package org.clientele.sales.products;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A group of products; top-level or under one top-level category. */
@Entity
@Table(name = "product_categories")
@Audited
class ProductCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private Long parentId;

    private int position;

    private boolean active = true;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected ProductCategory() {
    }

    ProductCategory(CategoryForm form) {
        this.createdAt = Instant.now();
        apply(form);
    }

    /** Takes over a checked form. */
    void apply(CategoryForm form) {
        this.name = form.name();
        this.parentId = form.parentId();
        this.position = form.position();
        this.active = form.active();
        this.updatedAt = Instant.now();
    }

    CategoryView toView() {
        return new CategoryView(id, name, parentId, position, active);
    }

    Long getId() {
        return id;
    }

    Long getParentId() {
        return parentId;
    }
}
