package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.clientele.platform.generate.DataGenerator;
import org.clientele.platform.generate.GenerationPlan;
import org.clientele.testing.PageSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The generated users and teams keep identity's rules and sign in as any user would. Subclasses
 * pick the database; each runs the generator once in an application context of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdentityBulkDataContract {

    static final String PASSWORD = "Bulk-Identity-Password-7";
    private static final int USERS = 12;
    private static final int TEAMS = 3;

    @Autowired
    DataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RecordVisibility visibility;

    @Autowired
    TeamDirectory teamDirectory;

    @BeforeAll
    void generate() {
        generator.generate(GenerationPlan.parse("scale=0.0005,users=" + USERS + ",teams=" + TEAMS));
    }

    @Test
    void theAdministratorIsUser01InNoTeam() {
        long admin = userId("user01@generated.clientele.test");

        assertThat(roles(admin)).containsExactly("ADMINISTRATOR");
        assertThat(teamDirectory.teamsOf(admin)).isEmpty();
        assertThat(visibility.viewerOf(admin).seesAll()).isTrue();
    }

    @Test
    void everyOtherUserIsInOneTeamWhichOneManagerHeads() {
        assertThat(jdbc.sql("select count(*) from users where email like 'user%@generated.clientele.test'").query(Integer.class).single())
                .isEqualTo(USERS);
        assertThat(jdbc.sql("select count(*) from users u where u.active = true and u.password_change_required = false "
                + "and u.failed_logins = 0 and u.locked_until is null").query(Integer.class).single()).isEqualTo(USERS);
        assertThat(jdbc.sql("select count(*) from user_two_factor").query(Integer.class).single()).isZero();
        List<Integer> teamsPerUser = jdbc.sql("select count(m.team_id) from users u left join team_members m on m.user_id = u.id "
                + "where u.email <> 'user01@generated.clientele.test' group by u.id").query(Integer.class).list();
        assertThat(teamsPerUser).hasSize(USERS - 1).containsOnly(1);
        assertThat(teamDirectory.tree()).hasSize(TEAMS).allSatisfy(team -> assertThat(team.memberCount()).isBetween(3, 4));
        List<String> headRoles = jdbc.sql("select r.role from team_members m join user_roles r on r.user_id = m.user_id "
                + "where m.head = true").query(String.class).list();
        assertThat(headRoles).hasSize(TEAMS).containsOnly("MANAGER");
        Map<String, Integer> usersByRole = new TreeMap<>();
        jdbc.sql("select role, count(*) as users from user_roles group by role")
                .query((rs, n) -> usersByRole.put(rs.getString("role"), rs.getInt("users"))).list();
        assertThat(usersByRole).containsExactlyEntriesOf(new TreeMap<>(
                Map.of("ACCOUNTANT", 1, "ADMINISTRATOR", 1, "MANAGER", TEAMS, "SALES", USERS - TEAMS - 2)));
    }

    @Test
    void aSalesUserSeesOnlyTheirOwnRecordsAndAManagerTheirTeam() {
        long sales = userId("user12@generated.clientele.test");
        long manager = userId("user02@generated.clientele.test");

        assertThat(roles(sales)).containsExactly("SALES");
        assertThat(visibility.viewerOf(sales).scope()).isEqualTo(VisibilityScope.OWN);
        Viewer managerView = visibility.viewerOf(manager);
        assertThat(managerView.scope()).isEqualTo(VisibilityScope.TEAM);
        assertThat(managerView.teamIds()).containsExactly(teamDirectory.teamsOf(manager).get(0).teamId());
    }

    @Test
    void everyUserSignsInWithTheGeneratedPassword() {
        Cookie admin = PageSessions.signIn(mvc, "user01@generated.clientele.test", PASSWORD);
        assertThat(mvc.get().uri("/admin/users").cookie(admin).exchange()).hasStatusOk().bodyText()
                .contains("user12@generated.clientele.test");

        Cookie sales = PageSessions.signIn(mvc, "USER12@generated.clientele.test", PASSWORD);
        assertThat(mvc.get().uri("/").cookie(sales).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/admin/users").cookie(sales).exchange()).hasStatus(403);
    }

    @Test
    void aSalesUserGetsAnApiTokenWithoutASecondFactor() throws Exception {
        MvcTestResult token = mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"user11@generated.clientele.test\",\"password\":\"" + PASSWORD + "\"}").exchange();
        assertThat(token).hasStatusOk();
        String accessToken = JsonPath.read(token.getResponse().getContentAsString(), "$.accessToken");

        MvcTestResult me = mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + accessToken).exchange();
        assertThat(me).hasStatusOk();
        assertThat((List<String>) JsonPath.read(me.getResponse().getContentAsString(), "$.roles")).containsExactly("SALES");
    }

    private long userId(String email) {
        return jdbc.sql("select id from users where email = ?").param(email).query(Long.class).single();
    }

    private List<String> roles(long userId) {
        return jdbc.sql("select role from user_roles where user_id = ?").param(userId).query(String.class).list();
    }
}
