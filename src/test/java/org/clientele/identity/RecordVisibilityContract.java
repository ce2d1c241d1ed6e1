package org.clientele.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.clientele.platform.DatabaseVendor;
import org.clientele.platform.SignedInUser;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The record-visibility policy on a real database: a test-only table of records with owners,
 * teams and co-owners, read through the JdbcClient predicate and checked one by one with
 * {@code canSee}, for every kind of viewer. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RecordVisibilityContract {

    private static final RecordColumns PROBE = RecordColumns.of("p.owner_id", "p.team_id")
            .coOwnedIn("visibility_probe_co_owners", "probe_id", "user_id", "p.id");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordVisibility visibility;

    @Autowired
    TeamManagement teams;

    @Autowired
    DatabaseVendor vendor;

    private VisibilityFixture fixture;
    private long admin;
    private long auditor;
    private long supportInSubTeam;
    private long salesHeadingB;
    private long loner;
    private final Map<Long, Probe> probes = new TreeMap<>();

    /** Records: 1 salesA's in A, 2 salesB's in B, 3 in the sub-team of A, 4 team-less co-owned by salesB, 5 in B, 6 loner's. */
    @BeforeAll
    void createProbeRecords() {
        jdbc.sql("create table visibility_probe (id bigint primary key, owner_id bigint not null, team_id bigint)").update();
        jdbc.sql("create table visibility_probe_co_owners (probe_id bigint not null, user_id bigint not null)").update();
        fixture = VisibilityFixture.create(context);
        admin = user("Administrator", Set.of(Role.ADMINISTRATOR));
        auditor = user("Auditor", Set.of(Role.AUDITOR));
        supportInSubTeam = user("Support in the sub-team", Set.of(Role.SUPPORT));
        salesHeadingB = user("Sales heading B", Set.of(Role.SALES));
        loner = user("Manager in no team", Set.of(Role.MANAGER, Role.SALES));
        teams.putMember(fixture.subTeamOfA(), supportInSubTeam, false);
        teams.putMember(fixture.teamB(), salesHeadingB, true);
        long salesA = fixture.salesA().user().id();
        long salesB = fixture.salesB().user().id();
        probe(1, salesA, fixture.teamA());
        probe(2, salesB, fixture.teamB());
        probe(3, admin, fixture.subTeamOfA());
        probe(4, admin, null, salesB);
        probe(5, admin, fixture.teamB());
        probe(6, loner, null);
    }

    @AfterAll
    void dropProbeTables() {
        jdbc.sql("drop table visibility_probe_co_owners").update();
        jdbc.sql("drop table visibility_probe").update();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void salesSeeWhatTheyOwnOrCoOwn() {
        assertSees(fixture.salesA().user().id(), 1);
        assertSees(fixture.salesB().user().id(), 2, 4);
    }

    @Test
    void aHeadSeesTheirTeamAndItsSubTeamsWhateverTheirRole() {
        assertSees(fixture.managerA().user().id(), 1, 3);
        assertSees(salesHeadingB, 2, 5);
    }

    @Test
    void teamScopeReachesDownIntoSubTeamsButNotUp() {
        assertSees(supportInSubTeam, 3);
    }

    @Test
    void theWidestRoleCountsAndTeamScopeWithoutTeamsIsOwn() {
        Viewer viewer = visibility.viewerOf(loner);

        assertThat(viewer.scope()).isEqualTo(VisibilityScope.TEAM);
        assertSees(loner, 6);
    }

    @Test
    void administratorsAndAuditorsSeeEverything() {
        assertSees(admin, 1, 2, 3, 4, 5, 6);
        assertSees(auditor, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void aMovedTeamTakesItsRecordsAlong() {
        teams.change(fixture.subTeamOfA(), new TeamForm(teams.find(fixture.subTeamOfA()).orElseThrow().name(), fixture.teamB()));
        try {
            assertSees(fixture.managerA().user().id(), 1);
            assertSees(salesHeadingB, 2, 3, 5);
        }
        finally {
            teams.change(fixture.subTeamOfA(), new TeamForm(teams.find(fixture.subTeamOfA()).orElseThrow().name(), fixture.teamA()));
        }
    }

    @Test
    void anInvisibleRecordLooksMissingToTheSignedInUser() {
        signIn(fixture.salesA().user().id());
        Probe mine = probes.get(1L);
        Probe theirs = probes.get(2L);

        visibility.check("Probe", 1, mine.ownerId(), mine.teamId(), mine.coOwners());
        assertThatThrownBy(() -> visibility.check("Probe", 2, theirs.ownerId(), theirs.teamId(), theirs.coOwners()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(ids(visibility.predicate(PROBE))).containsExactly(1L);
    }

    @Test
    void predicateNeedsSomeoneSignedIn() {
        assertThatThrownBy(() -> visibility.predicate(PROBE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void coOwnedRecordsNeedTheVendor() {
        Viewer loneViewer = visibility.viewerOf(loner);
        assertThatThrownBy(() -> RecordVisibility.predicate(loneViewer, PROBE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ids(RecordVisibility.predicate(loneViewer, RecordColumns.of("p.owner_id", "p.team_id")))).containsExactly(6L);
    }

    /** Both halves of the policy agree: the query finds exactly the records canSee lets through. */
    private void assertSees(long userId, long... expected) {
        Viewer viewer = visibility.viewerOf(userId);
        Set<Long> wanted = new TreeSet<>();
        for (long id : expected) {
            wanted.add(id);
        }
        assertThat(ids(RecordVisibility.predicate(viewer, PROBE, vendor))).as("rows the predicate keeps for %s", viewer)
                .containsExactlyElementsOf(wanted);
        List<Long> allowed = probes.values().stream()
                .filter(probe -> viewer.canSee(probe.ownerId(), probe.teamId(), probe.coOwners()))
                .map(Probe::id)
                .toList();
        assertThat(allowed).as("records canSee lets %s see", viewer).containsExactlyElementsOf(wanted);
    }

    /** Ids of the probe rows the predicate keeps. */
    private List<Long> ids(SqlPredicate predicate) {
        List<Object> parameters = new ArrayList<>(predicate.parameters());
        return jdbc.sql("select p.id from visibility_probe p where " + predicate.sql() + " order by p.id")
                .params(parameters).query(Long.class).list();
    }

    private void probe(long id, long ownerId, Long teamId, Long... coOwners) {
        jdbc.sql("insert into visibility_probe (id, owner_id, team_id) values (?, ?, ?)").params(id, ownerId, teamId).update();
        for (Long coOwner : coOwners) {
            jdbc.sql("insert into visibility_probe_co_owners (probe_id, user_id) values (?, ?)").params(id, coOwner).update();
        }
        probes.put(id, new Probe(id, ownerId, teamId, List.of(coOwners)));
    }

    private long user(String name, Set<Role> roles) {
        return TestAccounts.create(context, name, roles).user().id();
    }

    private void signIn(long userId) {
        SignedInUser user = new SignedInUser() {
            @Override
            public long userId() {
                return userId;
            }

            @Override
            public String email() {
                return "probe@clientele.test";
            }

            @Override
            public String displayName() {
                return "Probe";
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }

            @Override
            public ZoneId timeZone() {
                return ZoneId.of("UTC");
            }
        };
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private record Probe(long id, long ownerId, Long teamId, List<Long> coOwners) {
    }
}
