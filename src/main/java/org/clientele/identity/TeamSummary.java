package org.clientele.identity;

/**
 * A team as lists show it.
 *
 * @param parentId the team above it, or {@code null}
 * @param depth 0 for a team at the top, 1 for its sub-teams and so on (in {@link TeamDirectory#tree()})
 */
public record TeamSummary(long id, String name, Long parentId, int depth, int memberCount) {
}
