package org.clientele.identity;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tree of teams, read in one small query and walked in Java, so that it works alike on every
 * supported database.
 */
@Component
class TeamHierarchy {

    private final JdbcClient jdbc;

    TeamHierarchy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The given teams and all their sub-teams, at any depth. */
    Set<Long> withSubTeams(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return Set.of();
        }
        return withSubTeams(teamIds, children());
    }

    /** Whether making {@code parentId} the parent of {@code teamId} would close a loop. */
    boolean wouldLoop(long teamId, long parentId) {
        return withSubTeams(List.of(teamId)).contains(parentId);
    }

    private static Set<Long> withSubTeams(Collection<Long> roots, Map<Long, List<Long>> children) {
        Set<Long> found = new LinkedHashSet<>();
        Deque<Long> open = new ArrayDeque<>(roots);
        while (!open.isEmpty()) {
            Long team = open.pop();
            if (found.add(team)) {
                open.addAll(children.getOrDefault(team, List.of()));
            }
        }
        return found;
    }

    private Map<Long, List<Long>> children() {
        Map<Long, List<Long>> children = new HashMap<>();
        jdbc.sql("select id, parent_id from teams where parent_id is not null")
                .query((rs, n) -> Map.entry(rs.getLong("parent_id"), rs.getLong("id")))
                .list()
                .forEach(edge -> children.computeIfAbsent(edge.getKey(), parent -> new java.util.ArrayList<>()).add(edge.getValue()));
        return children;
    }
}
