package org.clientele.identity;

import java.time.Instant;
import java.util.List;

/**
 * A team with its members, heads first.
 *
 * @param parentId the team above it, or {@code null}
 * @param subTeamIds the teams directly below it
 */
public record TeamView(long id, String name, Long parentId, List<Long> subTeamIds, List<TeamMember> members,
        Instant createdAt) {

    public TeamView {
        subTeamIds = List.copyOf(subTeamIds);
        members = List.copyOf(members);
    }
}
