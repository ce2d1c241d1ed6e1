package org.clientele.customers.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamSummary;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserManagement;
import org.clientele.identity.UserSummary;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What customer forms and filters offer to choose from: the active users as owners and
 * co-owners, and the teams, exactly what the service accepts for a new choice.
 */
@Component
class PageChoices {

    private final UserDirectory users;
    private final UserManagement userManagement;
    private final TeamDirectory teams;

    PageChoices(UserDirectory users, UserManagement userManagement, TeamDirectory teams) {
        this.users = users;
        this.userManagement = userManagement;
        this.teams = teams;
    }

    /** Active users by name: id and name. */
    Map<Long, String> activeUsers() {
        return users(true);
    }

    /** Every user, active or not: id and name. */
    Map<Long, String> allUsers() {
        return users(null);
    }

    private Map<Long, String> users(Boolean active) {
        Map<Long, String> names = new LinkedHashMap<>();
        String cursor = null;
        do {
            CursorPage<UserSummary> page = users.list(PageRequest.of(PageRequest.MAX_LIMIT, "name", cursor, "name"), null, active);
            page.data().forEach(user -> names.put(user.id(), user.fullName()));
            cursor = page.next();
        }
        while (cursor != null);
        return names;
    }

    /** Active users, and the given ones even if they are no longer active (a record's current owner). */
    Map<Long, String> usersWith(Collection<Long> current) {
        return usersWith(activeUsers(), current);
    }

    /** The given names of active users, completed with the given users who are no longer active. */
    Map<Long, String> usersWith(Map<Long, String> activeUsers, Collection<Long> current) {
        Map<Long, String> names = new LinkedHashMap<>(activeUsers);
        current.stream().filter(id -> id != null && !names.containsKey(id))
                .forEach(id -> userManagement.find(id).map(UserAccount::fullName).ifPresent(name -> names.put(id, name)));
        return names;
    }

    /** The names of the given users, active or not, in one query: what a record's page shows of its people. */
    Map<Long, String> namesOf(Collection<Long> ids) {
        return users.namesOf(ids.stream().filter(id -> id != null).toList());
    }

    /** Every team, each followed by its sub-teams. */
    List<TeamSummary> teams() {
        return teams.tree();
    }

    /** The name of a record's team, if it has one, by id: what its page shows, without reading every team. */
    Map<Long, String> teamNameOf(Long teamId) {
        return teamId == null ? Map.of() : teams.namesOf(List.of(teamId));
    }

    Map<Long, String> teamNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        teams.tree().forEach(team -> names.put(team.id(), team.name()));
        return names;
    }
}
