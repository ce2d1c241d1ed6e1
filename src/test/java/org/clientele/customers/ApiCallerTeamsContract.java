package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.clientele.identity.Role;
import org.clientele.identity.TeamDirectory;
import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.identity.UserTeam;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An API caller's teams are read with the caller on every call and serve that call alone: the
 * team a new contact goes to, whether that team exists and which team records the caller sees.
 */
abstract class ApiCallerTeamsContract {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Autowired
    TeamManagement teams;

    @Autowired
    TeamDirectory teamDirectory;

    @Test
    void aTeamLeftBetweenTwoCallsIsSeenOnTheNext() {
        String tag = ApiCalls.unique();
        long team = teams.create(new TeamForm("Leaving " + tag, null)).id();
        Account manager = TestAccounts.create(context, "Leaving manager " + tag, Set.of(Role.MANAGER));
        Account colleague = TestAccounts.create(context, "Staying colleague " + tag, Set.of(Role.SALES));
        teams.putMember(team, manager.user().id(), false);
        teams.putMember(team, colleague.user().id(), false);
        ApiCalls admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        String colleaguesContact = admin.create("/api/v1/contacts", """
                {"lastName": "Of the team %s", "ownerId": "%d", "teamId": "%d"}""".formatted(tag, colleague.user().id(), team));
        ApiCalls calls = new ApiCalls(mvc, encoder, manager.user().id());

        assertThat(calls.get("/api/v1/contacts/" + colleaguesContact)).hasStatus(200);
        String inTeam = calls.create("/api/v1/contacts", "{\"lastName\": \"Before leaving " + tag + "\"}");
        assertThat(ApiCalls.<String>read(calls.get("/api/v1/contacts/" + inTeam), "$.teamId")).isEqualTo(Long.toString(team));

        teams.removeMember(team, manager.user().id());

        assertThat(calls.get("/api/v1/contacts/" + colleaguesContact)).hasStatus(404);
        String withoutTeam = calls.create("/api/v1/contacts", "{\"lastName\": \"After leaving " + tag + "\"}");
        assertThat(ApiCalls.<Object>read(calls.get("/api/v1/contacts/" + withoutTeam), "$.teamId")).isNull();
    }

    @Test
    void aNewContactGoesToTheCallersFirstTeamByNameWhateverItsCase() {
        String tag = ApiCalls.unique();
        long upper = teams.create(new TeamForm("Beta " + tag, null)).id();
        long lower = teams.create(new TeamForm("alpha " + tag, null)).id();
        Account member = TestAccounts.create(context, "Two teams " + tag, Set.of(Role.SALES, Role.MANAGER));
        teams.putMember(upper, member.user().id(), true);
        teams.putMember(lower, member.user().id(), false);
        ApiCalls calls = new ApiCalls(mvc, encoder, member.user().id());

        String id = calls.create("/api/v1/contacts", "{\"lastName\": \"First team " + tag + "\"}");

        assertThat(ApiCalls.<String>read(calls.get("/api/v1/contacts/" + id), "$.teamId")).isEqualTo(Long.toString(lower));
        // outside an API call the same teams are read from the database, in the same order
        assertThat(teamDirectory.teamsOf(member.user().id())).extracting(UserTeam::teamId).containsExactly(lower, upper);
    }

    @Test
    void aTeamOtherThanTheCallersOwnIsStillCheckedAgainstTheDatabase() {
        String tag = ApiCalls.unique();
        long own = teams.create(new TeamForm("Own " + tag, null)).id();
        long other = teams.create(new TeamForm("Other " + tag, null)).id();
        Account member = TestAccounts.create(context, "Checked " + tag, Set.of(Role.SALES));
        teams.putMember(own, member.user().id(), false);
        ApiCalls calls = new ApiCalls(mvc, encoder, member.user().id());

        assertThat(calls.post("/api/v1/contacts", "{\"lastName\": \"Other team " + tag + "\", \"teamId\": \"" + other + "\"}"))
                .hasStatus(201);
        teams.delete(other);
        assertThat(calls.post("/api/v1/contacts", "{\"lastName\": \"Gone team " + tag + "\", \"teamId\": \"" + other + "\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("teamId");
    }
}
