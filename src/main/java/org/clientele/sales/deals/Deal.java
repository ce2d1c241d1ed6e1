package org.clientele.sales.deals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clientele.shared.CurrencyCode;
import org.clientele.shared.Money;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A chance to sell: where it stands in its pipeline, what it is worth and to whom. Its status,
 * probability and closing date follow the stage it is moved to ({@link #enter}); the service
 * keeps the stage history beside it.
 */
@Entity
@Table(name = "deals")
@Audited
class Deal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private long pipelineId;

    private long stageId;

    /** A {@link StageOutcome} by name: the outcome of the stage. */
    private String status;

    private Instant stageEnteredAt;

    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String currency;

    private BigDecimal probability;

    private LocalDate expectedClose;

    private String nextStep;

    private LocalDate nextStepDate;

    @Column(length = 4000)
    private String description;

    private boolean important;

    private Long companyId;

    private Long contactId;

    private Long leadId;

    private Long requestId;

    private Long closingReasonId;

    private Instant closedAt;

    private long ownerId;

    private Long teamId;

    @ElementCollection
    @CollectionTable(name = "deal_co_owners", joinColumns = @JoinColumn(name = "deal_id"))
    @Column(name = "user_id")
    private Set<Long> coOwnerIds = new HashSet<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    @NotAudited
    private Long createdBy;

    protected Deal() {
    }

    /** A deal in its first stage, with the fields of a checked form. */
    Deal(DealForm form, StageView stage, Long createdBy, Instant now) {
        this.createdAt = now;
        this.createdBy = createdBy;
        this.requestId = form.requestId();
        apply(form);
        enter(stage, form.closingReasonId(), now);
        if (form.probability() != null) {
            this.probability = form.probability();
        }
    }

    /** Takes over the fields of a checked form, but not its stage (see {@link #enter}). */
    void apply(DealForm form) {
        this.name = form.name();
        this.amount = form.amount();
        this.currency = form.currency();
        this.probability = form.probability() == null ? probability : form.probability();
        this.expectedClose = form.expectedClose();
        this.nextStep = form.nextStep();
        this.nextStepDate = form.nextStepDate();
        this.description = form.description();
        this.important = form.important();
        this.companyId = form.companyId();
        this.contactId = form.contactId();
        this.leadId = form.leadId();
        this.ownerId = form.ownerId();
        this.teamId = form.teamId();
        coOwnerIds.retainAll(form.coOwnerIds());
        coOwnerIds.addAll(form.coOwnerIds());
        touch();
    }

    /** Comes into a stage: status, probability and closing date follow it. */
    void enter(StageView stage, Long closingReasonId, Instant now) {
        this.pipelineId = stage.pipelineId();
        this.stageId = stage.id();
        this.status = stage.outcome().name();
        this.stageEnteredAt = now;
        this.probability = stage.probability();
        this.closingReasonId = stage.outcome().closed() ? closingReasonId : null;
        this.closedAt = stage.outcome().closed() ? now : null;
        touch();
    }

    /** The sum of its product lines becomes its amount, in its currency. */
    void linesTotal(Money total) {
        this.amount = total.amount();
        touch();
    }

    void companyMerged(long survivorId) {
        this.companyId = survivorId;
        touch();
    }

    void contactMerged(long survivorId) {
        this.contactId = survivorId;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    DealView toView(List<DealLineView> lines) {
        return new DealView(id, version, name, pipelineId, stageId, getStatus(), stageEnteredAt,
                amount == null ? null : new Money(amount, CurrencyCode.of(currency)), CurrencyCode.of(currency), probability,
                expectedClose, nextStep, nextStepDate, description, important, companyId, contactId, leadId, requestId,
                closingReasonId, closedAt, ownerId, teamId, coOwnerIds.stream().sorted().toList(), lines, createdAt, updatedAt,
                createdBy);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getStageId() {
        return stageId;
    }

    long getPipelineId() {
        return pipelineId;
    }

    StageOutcome getStatus() {
        return StageOutcome.valueOf(status);
    }

    Instant getStageEnteredAt() {
        return stageEnteredAt;
    }

    CurrencyCode getCurrency() {
        return CurrencyCode.of(currency);
    }

    BigDecimal getAmount() {
        return amount;
    }

    long getOwnerId() {
        return ownerId;
    }

    Long getTeamId() {
        return teamId;
    }

    Set<Long> getCoOwnerIds() {
        return Set.copyOf(coOwnerIds);
    }

    Long getCompanyId() {
        return companyId;
    }

    Long getContactId() {
        return contactId;
    }

    Long getLeadId() {
        return leadId;
    }

    String getName() {
        return name;
    }
}
