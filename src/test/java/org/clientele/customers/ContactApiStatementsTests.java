package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.clientele.identity.Role;
import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.StatementCounter;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * How many statements {@code POST /api/v1/contacts} sends, the call the API's write benchmark
 * makes, and {@code GET /api/v1/contacts}, the list benchmark's: each is a round trip and work on
 * both sides. A create reads the caller with their roles and teams (their token) in one statement,
 * looks for duplicates once per kind of value, and writes the contact with its audit revision: the
 * caller's first team, whether it exists and the teams they see by come from that first statement.
 */
@ClienteleTest
@Import(StatementCounter.class)
class ContactApiStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Autowired
    StatementCounter statements;

    private ApiCalls admin;

    @BeforeEach
    void signIn() {
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void anAdministratorWithoutTeamCreatesAContactInFiveStatementsAndACommit() {
        List<String> sent = create(admin);

        assertThat(sent).as(String.join("\n", sent)).hasSize(6).endsWith("commit")
                .filteredOn(sql -> sql.contains("team_members") || sql.contains("from teams")).hasSize(1);
        assertThat(sent).as(String.join("\n", sent))
                // the creator owns it, and the token's check of the caller read them (active) with their roles a moment before
                .noneMatch(sql -> sql.startsWith("select role from user_roles"))
                .filteredOn(sql -> sql.contains("from users")).hasSize(1);
    }

    @Test
    void aTeamMemberCreatesAContactInTheirTeamWithoutReadingTheirTeamsAgain() {
        String tag = ApiCalls.unique();
        TeamManagement teams = context.getBean(TeamManagement.class);
        long team = teams.create(new TeamForm("Statements " + tag, null)).id();
        Account sales = TestAccounts.create(context, "Counted", Set.of(Role.SALES));
        teams.putMember(team, sales.user().id(), false);
        Account colleague = TestAccounts.create(context, "Colleague", Set.of(Role.SALES));
        teams.putMember(team, colleague.user().id(), false);
        ApiCalls calls = new ApiCalls(mvc, encoder, sales.user().id());

        List<String> sent = create(calls);

        // as many as the administrator: the first team, whether it exists and the teams a sales user sees by were read
        // with the caller; the team's other members are never read
        assertThat(sent).as(String.join("\n", sent)).hasSize(6).endsWith("commit")
                .noneMatch(sql -> sql.startsWith("select role from user_roles"))
                .filteredOn(sql -> sql.contains("team_members") || sql.contains("from teams")).hasSize(1)
                .allMatch(sql -> sql.contains("from users u"));
        assertThat(sent).anyMatch(sql -> sql.startsWith("insert into contacts ("));
    }

    @Test
    void emailAndPhoneDuplicatesAreEachLookedUpOnce() {
        List<String> sent = statements.statementsOf(() -> assertThat(admin.post("/api/v1/contacts", """
                {"lastName": "Reach %s", "emails": ["a.%1$s@example.org", "b.%1$s@example.org"], "phones": ["+49 30 901%04d"]}"""
                .formatted(ApiCalls.unique(), ThreadLocalRandom.current().nextInt(10000)))).hasStatus(201));

        assertThat(sent.stream().filter(sql -> sql.contains("from contacts c"))).as(String.join("\n", sent)).hasSize(2);
    }

    @Test
    void aTeamMemberReadsAPageOfContactsWithTheirRolesReadOnce() {
        String tag = ApiCalls.unique();
        TeamManagement teams = context.getBean(TeamManagement.class);
        long team = teams.create(new TeamForm("Lists " + tag, null)).id();
        Account sales = TestAccounts.create(context, "Lister", Set.of(Role.SALES));
        teams.putMember(team, sales.user().id(), false);
        ApiCalls calls = new ApiCalls(mvc, encoder, sales.user().id());
        assertThat(calls.post("/api/v1/contacts", "{\"lastName\": \"Listed " + tag + "\"}")).hasStatus(201);

        List<String> sent = statements.statementsOf(() -> assertThat(calls.get("/api/v1/contacts?limit=50"))
                .hasStatus(200).bodyJson().extractingPath("$.data.length()").isEqualTo(1));

        // the caller with their roles and the teams they see by, the page, the page's tags: neither is read again to see by
        assertThat(sent).as(String.join("\n", sent)).hasSize(3)
                .noneMatch(sql -> sql.startsWith("select role from user_roles") || sql.startsWith("select team_id, head from team_members"));
    }

    private List<String> create(ApiCalls caller) {
        String tag = ApiCalls.unique();
        MvcTestResult[] result = new MvcTestResult[1];
        List<String> sent = statements.statementsOf(() -> result[0] = caller.post("/api/v1/contacts",
                "{\"firstName\": \"Counted\", \"lastName\": \"Create " + tag + "\", \"emails\": [\"counted." + tag + "@example.org\"]}"));
        assertThat(result[0]).hasStatus(201);
        return sent;
    }
}
