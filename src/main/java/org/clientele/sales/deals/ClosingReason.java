package org.clientele.sales.deals;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Why deals are won (success) or lost, offered to one team or to everyone. */
@Entity
@Table(name = "closing_reasons")
@Audited
class ClosingReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private boolean success;

    private Long teamId;

    private int position;

    private boolean active = true;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected ClosingReason() {
    }

    ClosingReason(String name, boolean success, Long teamId, int position) {
        this.createdAt = Instant.now();
        this.position = position;
        change(name, success, teamId);
    }

    void change(String name, boolean success, Long teamId) {
        this.name = name;
        this.success = success;
        this.teamId = teamId;
        touch();
    }

    void moveTo(int position) {
        this.position = position;
        touch();
    }

    void activate(boolean active) {
        this.active = active;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    ClosingReasonView toView() {
        return new ClosingReasonView(id, name, success, teamId, position, active);
    }

    Long getId() {
        return id;
    }

    boolean isSuccess() {
        return success;
    }

    Long getTeamId() {
        return teamId;
    }

    int getPosition() {
        return position;
    }

    boolean isActive() {
        return active;
    }

    /** Whether a deal of the team may give this reason. */
    boolean offeredTo(Long dealTeamId) {
        return active && (teamId == null || teamId.equals(dealTeamId));
    }
}
