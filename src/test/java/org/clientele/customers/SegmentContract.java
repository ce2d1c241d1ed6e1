package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.TestAccounts.Account;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Segments through the API: static and dynamic members, counted and listed within what each user
 * of the {@link VisibilityFixture} may see, the member ids other modules read, the rules of
 * static membership and moving memberships to a merge survivor. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SegmentContract {

    static final String SEGMENTS = "/api/v1/segments";
    static final String CONTACTS = "/api/v1/contacts";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    SegmentManagement segments;

    VisibilityFixture fixture;
    ApiCalls admin;

    @BeforeAll
    void setUp() {
        fixture = VisibilityFixture.create(context);
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void staticAndDynamicSegmentsCountAndListOnlyWhatEachUserMaySee() {
        String word = ApiCalls.unique();
        String ofA = contact("Seg " + word, fixture.salesA(), fixture.teamA());
        String ofB = contact("Seg " + word, fixture.salesB(), fixture.teamB());
        String ofManager = contact("Seg " + word, fixture.managerA(), fixture.teamA());
        String listed = admin.create(SEGMENTS, "{\"name\": \"Listed " + word + "\", \"kind\": \"static\"}");
        String saved = admin.create(SEGMENTS, "{\"name\": \"Saved " + word + "\", \"kind\": \"dynamic\", \"filter\": {\"q\": \"" + word
                + "\"}}");
        assertThat(admin.post(CONTACTS + "/bulk", "{\"action\": \"add-to-segment\", \"ids\": [%s, %s, %s], \"segmentId\": %s}"
                .formatted(ofA, ofB, ofManager, listed))).hasStatusOk().bodyJson().extractingPath("$.count").isEqualTo(3);

        for (String segment : List.of(listed, saved)) {
            assertThat(ApiCalls.<Integer>read(admin.get(SEGMENTS + "/" + segment), "$.members")).isEqualTo(3);
            assertThat(ApiCalls.<Integer>read(as(fixture.salesA()).get(SEGMENTS + "/" + segment), "$.members")).isEqualTo(1);
            assertThat(ApiCalls.<Integer>read(as(fixture.managerA()).get(SEGMENTS + "/" + segment), "$.members")).isEqualTo(2);
            fixture.assertListShows(mvc, fixture.salesA(), SEGMENTS + "/" + segment + "/members", "$.data[*].id", ofA);
            fixture.assertListShows(mvc, fixture.managerA(), SEGMENTS + "/" + segment + "/members", "$.data[*].id", ofA, ofManager);
            fixture.assertListShows(mvc, fixture.salesB(), SEGMENTS + "/" + segment + "/members", "$.data[*].id", ofB);
        }
        assertThat(ApiCalls.<String>read(admin.get(SEGMENTS + "/" + saved), "$.filter.q")).isEqualTo(word);

        long salesA = fixture.salesA().user().id();
        assertThat(segments.memberIds(Long.parseLong(listed), salesA, 0, 50)).containsExactly(Long.parseLong(ofA));
        long adminId = setup.firstAdministratorId().orElseThrow();
        List<Long> firstTwo = segments.memberIds(Long.parseLong(saved), adminId, 0, 2);
        assertThat(firstTwo).hasSize(2).isSorted();
        assertThat(segments.memberIds(Long.parseLong(saved), adminId, firstTwo.get(1), 2)).containsExactly(Long.parseLong(ofManager));
    }

    @Test
    void onlyStaticSegmentsListMembersAndOnlyContactsOneMaySee() {
        String word = ApiCalls.unique();
        String listed = admin.create(SEGMENTS, "{\"name\": \"Rules " + word + "\", \"kind\": \"STATIC\"}");
        String saved = admin.create(SEGMENTS, "{\"name\": \"Rules saved " + word + "\", \"kind\": \"dynamic\", \"filter\": {\"ownerId\": \""
                + fixture.salesB().user().id() + "\"}}");
        String ofA = contact("Rule " + word, fixture.salesA(), fixture.teamA());
        String ofB = contact("Rule " + word, fixture.salesB(), fixture.teamB());

        assertThat(admin.put(SEGMENTS + "/" + saved + "/members/" + ofA)).hasStatus(409);
        assertThat(as(fixture.salesA()).put(SEGMENTS + "/" + listed + "/members/" + ofB)).hasStatus(422);
        assertThat(as(fixture.salesA()).put(SEGMENTS + "/" + listed + "/members/" + ofA)).hasStatus(204);
        assertThat(as(fixture.salesA()).put(SEGMENTS + "/" + listed + "/members/" + ofA)).as("again").hasStatus(204);
        assertThat(admin.post("/api/v1/companies/bulk", "{\"action\": \"add-to-segment\", \"ids\": [1], \"segmentId\": " + listed + "}"))
                .hasStatus(422);
        assertThat(admin.post(CONTACTS + "/bulk", "{\"action\": \"add-to-segment\", \"ids\": [%s], \"segmentId\": %s}".formatted(ofB, saved)))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("segmentId");
        assertThat(ApiCalls.<Integer>read(admin.get(SEGMENTS + "/" + listed), "$.members")).isEqualTo(1);

        assertThat(admin.delete(CONTACTS + "/" + ofA)).hasStatus(204);
        assertThat(ApiCalls.<Integer>read(admin.get(SEGMENTS + "/" + listed), "$.members")).isZero();
        assertThat(admin.delete(SEGMENTS + "/" + listed)).hasStatus(204);
        assertThat(admin.get(SEGMENTS + "/" + listed)).hasStatus(404);
    }

    @Test
    void badSegmentsAreRefusedFieldByField() {
        String name = "Taken " + ApiCalls.unique();
        admin.create(SEGMENTS, "{\"name\": \"" + name + "\", \"kind\": \"static\"}");
        assertThat(admin.post(SEGMENTS, "{\"name\": \"" + name.toUpperCase() + "\", \"kind\": \"dynamic\"}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("name", "filter");
        assertThat(admin.post(SEGMENTS, "{\"name\": \"Odd\", \"kind\": \"sometimes\"}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[*].field").asArray().containsExactly("kind");
        assertThat(admin.post(SEGMENTS, "{\"kind\": \"dynamic\", \"filter\": {\"country\": \"XX\", \"colour\": 1}}")).hasStatus(422);
    }

    @Test
    void mergingMovesStaticMembershipsToTheSurvivorOnce() {
        String word = ApiCalls.unique();
        String both = admin.create(SEGMENTS, "{\"name\": \"Both " + word + "\", \"kind\": \"static\"}");
        String onlyMerged = admin.create(SEGMENTS, "{\"name\": \"Only merged " + word + "\", \"kind\": \"static\"}");
        String survivor = contact("Survivor " + word, fixture.salesA(), fixture.teamA());
        String merged = contact("Merged " + word, fixture.salesA(), fixture.teamA());
        admin.put(SEGMENTS + "/" + both + "/members/" + survivor);
        admin.put(SEGMENTS + "/" + both + "/members/" + merged);
        admin.put(SEGMENTS + "/" + onlyMerged + "/members/" + merged);

        segments.moveAll(Long.parseLong(merged), Long.parseLong(survivor));

        assertThat(ApiCalls.<List<String>>read(admin.get(SEGMENTS + "/" + both + "/members"), "$.data[*].id")).containsExactly(survivor);
        assertThat(ApiCalls.<List<String>>read(admin.get(SEGMENTS + "/" + onlyMerged + "/members"), "$.data[*].id"))
                .containsExactly(survivor);
    }

    private String contact(String lastName, Account owner, long teamId) {
        return admin.create(CONTACTS, "{\"lastName\": \"" + lastName + "\", \"ownerId\": \"" + owner.user().id() + "\", \"teamId\": \""
                + teamId + "\"}");
    }

    private ApiCalls as(Account who) {
        return new ApiCalls(mvc, encoder, who.user().id());
    }
}
