package org.clientele.sales.deals;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** One step of a pipeline: its place, the chance that a deal in it closes won, and what it means (open, won, lost). */
@Entity
@Table(name = "pipeline_stages")
@Audited
class PipelineStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long pipelineId;

    private String name;

    private int position;

    private BigDecimal probability;

    private String outcome;

    private boolean active = true;

    protected PipelineStage() {
    }

    PipelineStage(long pipelineId, String name, int position, BigDecimal probability, StageOutcome outcome) {
        this.pipelineId = pipelineId;
        this.position = position;
        change(name, probability, outcome);
    }

    void change(String name, BigDecimal probability, StageOutcome outcome) {
        this.name = name;
        this.probability = probability;
        this.outcome = outcome.name();
    }

    void moveTo(int position) {
        this.position = position;
    }

    void activate(boolean active) {
        this.active = active;
    }

    StageView toView() {
        return new StageView(id, pipelineId, name, position, probability, getOutcome(), active);
    }

    Long getId() {
        return id;
    }

    long getPipelineId() {
        return pipelineId;
    }

    String getName() {
        return name;
    }

    int getPosition() {
        return position;
    }

    BigDecimal getProbability() {
        return probability;
    }

    StageOutcome getOutcome() {
        return StageOutcome.valueOf(outcome);
    }

    boolean isActive() {
        return active;
    }
}
