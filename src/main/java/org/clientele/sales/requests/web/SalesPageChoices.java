package org.clientele.sales.requests.web;

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

/** The people and teams the request and web-form pages offer as owner and team, and show by name. */
@Component
class SalesPageChoices {

    private final UserDirectory directory;
    private final UserManagement users;
    private final TeamDirectory teams;

    SalesPageChoices(UserDirectory directory, UserManagement users, TeamDirectory teams) {
        this.directory = directory;
        this.users = users;
        this.teams = teams;
    }

    /** Active users by name, and the given ones too when they have left (a record's current owner). */
    Map<Long, String> owners(Collection<Long> current) {
        Map<Long, String> names = new LinkedHashMap<>();
        PageRequest page = PageRequest.of(PageRequest.MAX_LIMIT, UserDirectory.DEFAULT_SORT, null, UserDirectory.DEFAULT_SORT);
        while (page != null) {
            CursorPage<UserSummary> users = directory.list(page, null, true);
            users.data().forEach(user -> names.put(user.id(), user.fullName()));
            page = users.next() == null ? null
                    : PageRequest.of(PageRequest.MAX_LIMIT, UserDirectory.DEFAULT_SORT, users.next(), UserDirectory.DEFAULT_SORT);
        }
        current.stream().filter(id -> id != null && !names.containsKey(id))
                .forEach(id -> users.find(id).map(UserAccount::fullName).ifPresent(name -> names.put(id, name)));
        return names;
    }

    List<TeamSummary> teams() {
        return teams.tree();
    }
}
