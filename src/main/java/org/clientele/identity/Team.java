package org.clientele.identity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A team (department), possibly inside another, with its members; some members are its heads. */
@Entity
@Table(name = "teams")
@Audited
class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    private Long parentId;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"))
    private Set<Membership> members = new HashSet<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected Team() {
    }

    Team(String name, Long parentId) {
        this.name = name.strip();
        this.parentId = parentId;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void change(String name, Long parentId) {
        this.name = name.strip();
        this.parentId = parentId;
        this.updatedAt = Instant.now();
    }

    /** Adds the user, or changes whether they head the team if they are in it already. */
    void putMember(long userId, boolean head) {
        members.removeIf(member -> member.userId == userId);
        members.add(new Membership(userId, head));
        this.updatedAt = Instant.now();
    }

    boolean removeMember(long userId) {
        return members.removeIf(member -> member.userId == userId);
    }

    Optional<Membership> membership(long userId) {
        return members.stream().filter(member -> member.userId == userId).findFirst();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Long getParentId() {
        return parentId;
    }

    Set<Membership> getMembers() {
        return Set.copyOf(members);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    /** One user in a team. */
    @Embeddable
    static class Membership {

        @Column(name = "user_id")
        private long userId;

        private boolean head;

        protected Membership() {
        }

        Membership(long userId, boolean head) {
            this.userId = userId;
            this.head = head;
        }

        long userId() {
            return userId;
        }

        boolean head() {
            return head;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Membership that && userId == that.userId && head == that.head;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, head);
        }
    }
}
