package org.clientele.sales.deals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamSummary;
import org.clientele.identity.UserDirectory;
import org.clientele.identity.UserSummary;
import org.clientele.shared.CursorPage;
import org.clientele.shared.PageRequest;
import org.springframework.stereotype.Component;

/** What the deal filters offer: the active users as owners and the teams. */
@Component
class DealBoardChoices {

    private final UserDirectory users;
    private final TeamDirectory teams;

    DealBoardChoices(UserDirectory users, TeamDirectory teams) {
        this.users = users;
        this.teams = teams;
    }

    Map<Long, String> owners() {
        Map<Long, String> owners = new LinkedHashMap<>();
        for (String cursor = null;;) {
            CursorPage<UserSummary> page = users.list(PageRequest.of(PageRequest.MAX_LIMIT, "name", cursor, "name"), null, true);
            page.data().forEach(user -> owners.put(user.id(), user.fullName()));
            if (page.next() == null) {
                return owners;
            }
            cursor = page.next();
        }
    }

    List<TeamSummary> teams() {
        return teams.tree();
    }
}
