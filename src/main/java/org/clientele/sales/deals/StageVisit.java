package org.clientele.sales.deals;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A deal's stay in one stage, from when it came in until it left (open while it is still there). */
@Entity
@Table(name = "deal_stage_history")
class StageVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long dealId;

    private long stageId;

    private Instant enteredAt;

    private Instant leftAt;

    private Long movedBy;

    protected StageVisit() {
    }

    StageVisit(long dealId, long stageId, Instant enteredAt, Long movedBy) {
        this.dealId = dealId;
        this.stageId = stageId;
        this.enteredAt = enteredAt;
        this.movedBy = movedBy;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    long getStageId() {
        return stageId;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    Instant getLeftAt() {
        return leftAt;
    }

    Long getMovedBy() {
        return movedBy;
    }
}
