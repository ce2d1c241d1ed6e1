package org.clientele.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.clientele.identity.Role;
import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.testing.TestAccounts.Account;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Teams and users for proving that an endpoint obeys record visibility. Team A has a sub-team;
 * team B stands alone. {@link #salesA} (role SALES) is in A, {@link #salesB} (SALES) in B, and
 * {@link #managerA} (MANAGER) heads A. A module test creates records owned by them or placed in
 * the teams, then asserts with {@link #assertListShows} and {@link #assertDetailHidden} what each
 * one sees through the API: SALES sees only their own and co-owned records; the manager sees
 * A's and the sub-team's; nobody but an administrator sees everything.
 */
public final class VisibilityFixture {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final long teamA;
    private final long subTeamOfA;
    private final long teamB;
    private final Account salesA;
    private final Account salesB;
    private final Account managerA;
    private final JwtEncoder encoder;

    private VisibilityFixture(ApplicationContext context) {
        TeamManagement teams = context.getBean(TeamManagement.class);
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.teamA = teams.create(new TeamForm("Team A " + suffix, null)).id();
        this.subTeamOfA = teams.create(new TeamForm("Sub-team of A " + suffix, teamA)).id();
        this.teamB = teams.create(new TeamForm("Team B " + suffix, null)).id();
        this.salesA = TestAccounts.create(context, "Sales in A", Set.of(Role.SALES));
        this.salesB = TestAccounts.create(context, "Sales in B", Set.of(Role.SALES));
        this.managerA = TestAccounts.create(context, "Manager heading A", Set.of(Role.MANAGER));
        teams.putMember(teamA, salesA.user().id(), false);
        teams.putMember(teamB, salesB.user().id(), false);
        teams.putMember(teamA, managerA.user().id(), true);
        this.encoder = context.getBean(JwtEncoder.class);
    }

    /** New teams (with unique names) and users, so that fixtures of several tests do not meet. */
    public static VisibilityFixture create(ApplicationContext context) {
        return new VisibilityFixture(context);
    }

    public long teamA() {
        return teamA;
    }

    public long subTeamOfA() {
        return subTeamOfA;
    }

    public long teamB() {
        return teamB;
    }

    /** Role SALES (own records only), member of team A. */
    public Account salesA() {
        return salesA;
    }

    /** Role SALES (own records only), member of team B. */
    public Account salesB() {
        return salesB;
    }

    /** Role MANAGER (team records), head of team A. */
    public Account managerA() {
        return managerA;
    }

    /** A bearer token for the user, valid for an hour. */
    public String tokenOf(Account who) {
        Instant now = Instant.now();
        return ApiTokensForTests.token(encoder, who.user().id(), now, now.plus(TOKEN_LIFETIME));
    }

    /** Asserts that a list call, made as the user, answers exactly the given ids at {@code $.data[*].id}. */
    public void assertListShows(MockMvcTester mvc, Account who, String uri, Object... expectedIds) {
        assertListShows(mvc, who, uri, "$.data[*].id", expectedIds);
    }

    /** Asserts that a call, made as the user, answers exactly the given ids (in any order) at the JSON path. */
    public void assertListShows(MockMvcTester mvc, Account who, String uri, String idPath, Object... expectedIds) {
        List<String> expected = Arrays.stream(expectedIds).map(String::valueOf).toList();
        assertThat(mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(who)))
                .as("GET %s as %s", uri, who.user().fullName())
                .hasStatusOk()
                .bodyJson().extractingPath(idPath).asArray()
                .extracting((Object value) -> String.valueOf(value))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Asserts that a detail call, made as the user, answers 200. */
    public void assertDetailVisible(MockMvcTester mvc, Account who, String uri) {
        assertThat(mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(who)))
                .as("GET %s as %s", uri, who.user().fullName())
                .hasStatusOk();
    }

    /** Asserts that a detail call, made as the user, answers 404 exactly as for a record that does not exist. */
    public void assertDetailHidden(MockMvcTester mvc, Account who, String uri) {
        assertThat(mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenOf(who)))
                .as("GET %s as %s", uri, who.user().fullName())
                .hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:not-found");
    }
}
