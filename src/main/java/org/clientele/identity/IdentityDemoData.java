package org.clientele.identity;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.clientele.platform.DemoDataContributor;
import org.springframework.stereotype.Component;

/**
 * Colleagues for the demo company, in sales and customer-success teams, so that records of other
 * modules have owners and teams. They have no password until an administrator gives them one.
 */
@Component
class IdentityDemoData implements DemoDataContributor {

    private static final List<Colleague> COLLEAGUES = List.of(
            new Colleague("Maria Schneider", "maria.schneider@demo.clientele.test", Locale.GERMAN, "Europe/Berlin"),
            new Colleague("Lucas Fernández", "lucas.fernandez@demo.clientele.test", Locale.forLanguageTag("es"), "Europe/Madrid"),
            new Colleague("Aisha Khan", "aisha.khan@demo.clientele.test", Locale.ENGLISH, "Europe/London"),
            new Colleague("Tom Becker", "tom.becker@demo.clientele.test", Locale.GERMAN, "Europe/Vienna"),
            new Colleague("Sofia Rossi", "sofia.rossi@demo.clientele.test", Locale.ENGLISH, "Europe/Rome"),
            new Colleague("Daniel Okafor", "daniel.okafor@demo.clientele.test", Locale.ENGLISH, "America/New_York"));

    /** Team, the team above it (or null), and the colleagues in it, the head first. */
    private static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("Sales Europe", null, List.of("maria.schneider")),
            new DemoTeam("Sales DACH", "Sales Europe", List.of("tom.becker", "maria.schneider")),
            new DemoTeam("Sales Southern Europe", "Sales Europe", List.of("lucas.fernandez", "sofia.rossi")),
            new DemoTeam("Sales Americas", null, List.of("daniel.okafor")),
            new DemoTeam("Customer Success", null, List.of("aisha.khan")));

    private final UserManagement users;
    private final TeamManagement teams;
    private final TeamDirectory teamDirectory;

    IdentityDemoData(UserManagement users, TeamManagement teams, TeamDirectory teamDirectory) {
        this.users = users;
        this.teams = teams;
        this.teamDirectory = teamDirectory;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute(long administratorId) {
        Map<String, Long> ids = new HashMap<>();
        COLLEAGUES.forEach(colleague -> ids.put(colleague.email().substring(0, colleague.email().indexOf('@')),
                users.createWithoutPassword(colleague.email(), colleague.name(), colleague.locale(), ZoneId.of(colleague.zone()),
                        Set.of()).id()));
        Map<String, Long> teamIds = new HashMap<>();
        teamDirectory.tree().forEach(team -> teamIds.put(team.name().toLowerCase(Locale.ROOT), team.id()));
        for (DemoTeam demo : TEAMS) {
            Long parentId = demo.parent() == null ? null : teamIds.get(demo.parent().toLowerCase(Locale.ROOT));
            long teamId = teamIds.computeIfAbsent(demo.name().toLowerCase(Locale.ROOT),
                    name -> teams.create(new TeamForm(demo.name(), parentId)).id());
            for (int i = 0; i < demo.members().size(); i++) {
                teams.putMember(teamId, ids.get(demo.members().get(i)), i == 0);
            }
        }
    }

    private record Colleague(String name, String email, Locale locale, String zone) {
    }

    private record DemoTeam(String name, String parent, List<String> members) {
    }
}
