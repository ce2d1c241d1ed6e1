package org.clientele.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The record-visibility policy as a Spring Data JPA {@link Specification}, for modules that read
 * with repositories: {@code companies.findAll(visibility.of("ownerId", "teamId", "coOwnerIds"))}.
 */
@Component
public class VisibilitySpecifications {

    private final RecordVisibility visibility;

    VisibilitySpecifications(RecordVisibility visibility) {
        this.visibility = visibility;
    }

    /** For the signed-in user; see {@link #of(Viewer, String, String, String)}. */
    public <T> Specification<T> of(String ownerAttribute, String teamAttribute, String coOwnersAttribute) {
        return of(visibility.viewer(), ownerAttribute, teamAttribute, coOwnersAttribute);
    }

    /**
     * @param ownerAttribute the entity's owner user id ({@code Long})
     * @param teamAttribute the entity's team id ({@code Long}, nullable)
     * @param coOwnersAttribute an element collection of co-owner user ids, or {@code null} if the entity has none
     */
    public static <T> Specification<T> of(Viewer viewer, String ownerAttribute, String teamAttribute, String coOwnersAttribute) {
        return (root, query, cb) -> {
            if (viewer.seesAll()) {
                return cb.conjunction();
            }
            List<Predicate> any = new ArrayList<>();
            any.add(cb.equal(root.get(ownerAttribute), viewer.userId()));
            if (!viewer.teamIds().isEmpty()) {
                any.add(root.get(teamAttribute).in(viewer.teamIds()));
            }
            if (coOwnersAttribute != null) {
                any.add(cb.isMember(viewer.userId(), root.<Collection<Long>>get(coOwnersAttribute)));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }
}
