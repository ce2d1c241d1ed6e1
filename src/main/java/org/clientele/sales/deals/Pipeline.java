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

/** A sequence of stages deals go through, offered to one team or, without a team, to everyone. */
@Entity
@Table(name = "pipelines")
@Audited
class Pipeline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private Long teamId;

    private boolean isDefault;

    private int position;

    private boolean active = true;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected Pipeline() {
    }

    Pipeline(String name, Long teamId, int position) {
        this.createdAt = Instant.now();
        this.position = position;
        change(name, teamId);
    }

    void change(String name, Long teamId) {
        this.name = name;
        this.teamId = teamId;
        touch();
    }

    void markDefault(boolean isDefault) {
        this.isDefault = isDefault;
        touch();
    }

    void activate(boolean active) {
        this.active = active;
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

    Long getTeamId() {
        return teamId;
    }

    boolean isDefault() {
        return isDefault;
    }

    int getPosition() {
        return position;
    }

    boolean isActive() {
        return active;
    }
}
