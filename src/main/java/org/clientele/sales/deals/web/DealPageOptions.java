package org.clientele.sales.deals.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamSummary;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserManagement;
import org.springframework.stereotype.Component;

/** What deal pages offer to choose from and show by name: users and teams. */
@Component
class DealPageOptions {

    private final UserDirectory users;
    private final UserManagement userManagement;
    private final TeamDirectory teams;

    DealPageOptions(UserDirectory users, UserManagement userManagement, TeamDirectory teams) {
        this.users = users;
        this.userManagement = userManagement;
        this.teams = teams;
    }

    /** Active users by name, and the given ones even if they left. */
    Map<Long, String> users(Collection<Long> current) {
        Map<Long, String> names = users.activeNames();
        current.stream().filter(id -> id != null && !names.containsKey(id))
                .forEach(id -> userManagement.find(id).map(UserAccount::fullName).ifPresent(name -> names.put(id, name)));
        return names;
    }

    List<TeamSummary> teams() {
        return teams.tree();
    }

    Map<Long, String> teamNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        teams.tree().forEach(team -> names.put(team.id(), team.name()));
        return names;
    }
}
