package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.clientele.testing.ApiTokensForTests;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestUsers;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Teams through the API and the administration pages: the tree, no loops, members and heads, safe deletion. */
@ClienteleTest
class TeamAdministrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void apiBuildsATreeAndRefusesLoopsDuplicatesAndDeletingABranch() throws Exception {
        String parent = create("{\"name\": \"Sales " + unique() + "\"}");
        String child = create("{\"name\": \"Sales North " + unique() + "\", \"parentId\": \"" + parent + "\"}");

        assertThat(mvc.get().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams/" + parent)).hasStatusOk()
                .bodyJson().extractingPath("$.subTeamIds").asArray().containsExactly(child);
        assertThat(mvc.patch().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams/" + parent).contentType("application/merge-patch+json")
                .content("{\"parentId\": \"" + child + "\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("parentId");
        String name = jdbc.sql("select name from teams where id = ?").param(Long.parseLong(child)).query(String.class).single();
        assertThat(mvc.post().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + name.toUpperCase(Locale.ROOT) + "\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(mvc.delete().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams/" + parent)).hasStatus(409);

        assertThat(mvc.patch().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams/" + child).contentType("application/merge-patch+json")
                .content("{\"parentId\": null}")).hasStatusOk().bodyJson().extractingPath("$.parentId").isNull();
        assertThat(mvc.delete().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams/" + parent)).hasStatus(204);
        assertThat(mvc.get().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams/" + parent)).hasStatus(404);
    }

    @Test
    void apiListsTeamsPageByPage() throws Exception {
        create("{\"name\": \"Paging " + unique() + "\"}");
        create("{\"name\": \"Paging " + unique() + "\"}");

        MvcTestResult first = mvc.get().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams?limit=1").exchange();
        assertThat(first).hasStatusOk().bodyJson().extractingPath("$.data").asArray().hasSize(1);
        assertThat(first).bodyJson().extractingPath("$.next").isNotNull();
        assertThat(mvc.get().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams?sort=members")).hasStatus(422);
    }

    @Test
    void membersAndHeadsAreKeptAndTheFixtureSeesThem() {
        VisibilityFixture fixture = VisibilityFixture.create(context);
        String members = "/api/v1/teams/" + fixture.teamA() + "/members";

        fixture.assertListShows(mvc, fixture.managerA(), members, "$[*].userId",
                fixture.salesA().user().id(), fixture.managerA().user().id());
        assertThatThrownBy(() -> fixture.assertListShows(mvc, fixture.managerA(), members, "$[*].userId",
                fixture.salesA().user().id())).isInstanceOf(AssertionError.class);
        assertThat(mvc.put().header(HttpHeaders.AUTHORIZATION, bearer()).uri(members + "/" + fixture.salesA().user().id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"head\": true}")).hasStatusOk()
                .bodyJson().extractingPath("$[?(@.head == true)].userId").asArray().hasSize(2);
        assertThat(mvc.delete().header(HttpHeaders.AUTHORIZATION, bearer()).uri(members + "/" + fixture.salesA().user().id())).hasStatus(204);
        assertThat(mvc.delete().header(HttpHeaders.AUTHORIZATION, bearer()).uri(members + "/" + fixture.salesA().user().id())).hasStatus(404);
        assertThat(mvc.put().header(HttpHeaders.AUTHORIZATION, bearer()).uri(members + "/0").contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(422);
        fixture.assertDetailHidden(mvc, fixture.managerA(), "/api/v1/teams/0");
        fixture.assertDetailVisible(mvc, fixture.managerA(), "/api/v1/teams/" + fixture.teamA());
    }

    @Test
    void namesOfGivenTeamsAreReadWithoutTheOthersAndMissingOnesAreLeftOut() {
        VisibilityFixture fixture = VisibilityFixture.create(context);
        TeamDirectory teams = context.getBean(TeamDirectory.class);
        String nameOfA = jdbc.sql("select name from teams where id = ?").param(fixture.teamA()).query(String.class).single();
        String nameOfB = jdbc.sql("select name from teams where id = ?").param(fixture.teamB()).query(String.class).single();

        assertThat(teams.namesOf(List.of(fixture.teamA(), fixture.teamB(), fixture.teamA(), 0L)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(fixture.teamA(), nameOfA, fixture.teamB(), nameOfB));
        assertThat(teams.namesOf(List.of())).isEmpty();
    }

    @Test
    void administratorsArrangeTeamsOnPages() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        String name = "Support " + unique();

        MvcTestResult created = mvc.post().uri("/admin/teams").param("name", name).param("parentId", "").with(csrf())
                .cookie(session).exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        long teamId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(mvc.post().uri(location + "/members").param("email", TestUsers.ADMIN_EMAIL).param("head", "true")
                .with(csrf()).cookie(session)).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/admin/teams").cookie(session)).hasStatusOk().bodyText().contains(name);
        assertThat(mvc.get().uri(location).cookie(session)).hasStatusOk().bodyText().contains(TestUsers.ADMIN_EMAIL);
        assertThat(mvc.get().uri("/admin/users/" + adminId()).cookie(session)).hasStatusOk().bodyText().contains(name);
        assertThat(mvc.post().uri("/admin/teams/" + teamId).param("name", name).param("parentId", Long.toString(teamId))
                .with(csrf()).cookie(session)).hasStatusOk().bodyText().contains("is-invalid");
        assertThat(mvc.get().uri(location + "/delete").cookie(session)).hasStatusOk();
        assertThat(mvc.post().uri(location + "/delete").with(csrf()).cookie(session)).hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/teams");
        assertThat(jdbc.sql("select count(*) from teams where id = ?").param(teamId).query(Integer.class).single()).isZero();
    }

    private String create(String json) throws Exception {
        MvcTestResult result = mvc.post().header(HttpHeaders.AUTHORIZATION, bearer()).uri("/api/v1/teams").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
        assertThat(result).hasStatus(201);
        String id = JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/teams/" + id);
        return id;
    }

    private String bearer() {
        Instant now = Instant.now();
        return "Bearer " + ApiTokensForTests.token(encoder, adminId(), now, now.plus(1, ChronoUnit.HOURS));
    }

    private long adminId() {
        return jdbc.sql("select id from users where email = ?").param(TestUsers.ADMIN_EMAIL).query(Long.class).single();
    }

    private static String unique() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
