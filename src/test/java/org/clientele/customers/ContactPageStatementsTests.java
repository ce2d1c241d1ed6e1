package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Role;
import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.StatementCounter;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What a salesperson's contact page and its timeline send to the database, the pair the detail
 * benchmark asks for: the page shows its team's name without reading every team with its members,
 * and the timeline asks whether the contact may be seen in one statement, without loading it and
 * its co-owners, and without a transaction around its reads.
 */
@ClienteleTest
@Import(StatementCounter.class)
class ContactPageStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StatementCounter counter;

    @Autowired
    ApplicationContext context;

    @Autowired
    SetupStatus setup;

    @Autowired
    ContactManagement contacts;

    @Autowired
    CompanyManagement companies;

    private Cookie session;
    private long contactId;

    @BeforeEach
    void aSalespersonWithAContactOfTheirTeam() {
        String tag = ApiCalls.unique();
        long adminId = setup.firstAdministratorId().orElseThrow();
        TeamManagement teams = context.getBean(TeamManagement.class);
        long team = teams.create(new TeamForm("Counted " + tag, null)).id();
        Account sales = TestAccounts.create(context, "Counting " + tag, Set.of(Role.SALES));
        teams.putMember(team, sales.user().id(), false);
        long company = companies.create(adminId, new CompanyForm("Elsewhere " + tag, null, null, null, null, null, null, null, adminId,
                null, null)).id();
        contactId = contacts.create(adminId, new ContactForm("Counted", "Contact " + tag, null, company, List.of("counted." + tag
                + "@example.org"), null, null, null, sales.user().id(), team, Set.of(adminId))).id();
        session = PageSessions.signIn(mvc, sales.email(), sales.password());
        assertThat(mvc.post().uri("/contacts/" + contactId + "/timeline/notes").cookie(session).with(csrf()).header("HX-Request", "true")
                .param("body", "Counted note").param("bodyFormat", "text")).hasStatusOk();
        assertThat(mvc.get().uri("/contacts/" + contactId).cookie(session)).hasStatusOk();
    }

    @Test
    void thePageReadsItsTeamsNameAlone() {
        List<String> sent = counter.statementsOf(() -> assertThat(mvc.get().uri("/contacts/" + contactId).cookie(session)).hasStatusOk());

        // the session and its commit, the two-factor policy's setting, 14 reads in the page's transaction and its commit; the
        // contact comes with its co-owners, e-mail addresses and phone numbers, the viewer's roles with their teams
        String all = String.join("\n", sent);
        assertThat(sent).as(all).hasSize(18)
                .noneMatch(sql -> sql.contains("from contact_emails") || sql.contains("from contact_phones"))
                .noneMatch(sql -> sql.contains("from team_members m where m.team_id = t.id"))
                .anyMatch(sql -> sql.startsWith("select id, name from teams where id in"));
    }

    @Test
    void theTimelineChecksTheContactInOneStatementWithoutATransaction() {
        List<String> sent = counter.statementsOf(() -> assertThat(mvc.get().uri("/contacts/" + contactId + "/timeline")
                .header("HX-Request", "true").cookie(session)).hasStatusOk().bodyText().contains("Counted note"));

        // the session and its commit, the two-factor policy's setting, the viewer's roles with their teams, whether the contact
        // may be seen, the leads converted into it, the entries and their authors' names: no transaction of its own, so no commit
        String all = String.join("\n", sent);
        assertThat(sent).as(all).hasSize(8).noneMatch(sql -> sql.startsWith("select team_id, head from team_members"));
        assertThat(sent).as(all).filteredOn(sql -> sql.contains("contacts")).hasSize(1);
        assertThat(sent).as(all).filteredOn("commit"::equals).hasSize(1);
    }
}
