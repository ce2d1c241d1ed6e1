package org.clientele.sales.products;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stage a product was in: when it entered it, when it left it (none while it is there) and who moved it. */
@Entity
@Table(name = "product_stage_history")
class ProductStageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long productId;

    private String stage;

    private Instant enteredAt;

    private Instant leftAt;

    private Long changedBy;

    protected ProductStageChange() {
    }

    ProductStageChange(long productId, ProductStage stage, Instant enteredAt, Long changedBy) {
        this.productId = productId;
        this.stage = stage.name();
        this.enteredAt = enteredAt;
        this.changedBy = changedBy;
    }

    void left(Instant at) {
        this.leftAt = at;
    }

    StageChangeView toView() {
        return new StageChangeView(ProductStage.valueOf(stage), enteredAt, leftAt, changedBy);
    }
}
