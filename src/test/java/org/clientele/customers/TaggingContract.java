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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Tags through the API: the vocabulary, tagging companies, contacts and leads, the {@code tag}
 * filter of the lists (which still obeys record visibility), refusal on records one may not
 * see, the audit trail and moving tags to a merge survivor. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TaggingContract {

    static final String TAGS = "/api/v1/tags";
    static final String COMPANIES = "/api/v1/companies";
    static final String CONTACTS = "/api/v1/contacts";
    static final String LEADS = "/api/v1/leads";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    TagManagement tagManagement;

    @Autowired
    JdbcClient jdbc;

    VisibilityFixture fixture;
    ApiCalls admin;

    @BeforeAll
    void setUp() {
        fixture = VisibilityFixture.create(context);
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void administratorsKeepTheVocabulary() {
        String name = "Key account " + ApiCalls.unique();
        String id = admin.create(TAGS, "{\"name\": \" " + name + " \", \"colour\": \"green\"}");

        assertThat(admin.get(TAGS + "/" + id)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.name", value -> assertThat(value).isEqualTo(name))
                .hasPathSatisfying("$.colour", value -> assertThat(value).isEqualTo("green"))
                .hasPathSatisfying("$.contacts", value -> assertThat(value).isEqualTo(0));
        assertThat(admin.post(TAGS, "{\"name\": \"" + name.toUpperCase() + "\", \"colour\": \"pink\", \"size\": 3}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("size");
        assertThat(admin.post(TAGS, "{\"name\": \"" + name.toUpperCase() + "\", \"colour\": \"pink\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("name", "colour");
        assertThat(admin.post(TAGS, "{\"colour\": \"red\"}")).hasStatus(422);
        assertThat(admin.patch(TAGS + "/" + id, "{\"name\": \"" + name + " renamed\", \"colour\": \"RED\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.colour", value -> assertThat(value).isEqualTo("red"));
        assertThat(ApiCalls.<List<String>>read(admin.get(TAGS), "$.data[*].name")).contains(name + " renamed");

        assertThat(as(fixture.salesA()).post(TAGS, "{\"name\": \"Mine " + ApiCalls.unique() + "\", \"colour\": \"red\"}"))
                .hasStatus(403);
        assertThat(as(fixture.salesA()).get(TAGS)).hasStatusOk();
        assertThat(admin.delete(TAGS + "/" + id)).hasStatus(204);
        assertThat(admin.get(TAGS + "/" + id)).hasStatus(404);
    }

    @Test
    void recordsCarryTagsAndListsFilterByThemWithinWhatEachUserMaySee() {
        String tag = tag("Partner");
        String other = tag("Other");
        String companyOfA = record(COMPANIES, "{\"name\": \"Tagged A " + ApiCalls.unique() + "\"", fixture.salesA(), fixture.teamA());
        String companyOfB = record(COMPANIES, "{\"name\": \"Tagged B " + ApiCalls.unique() + "\"", fixture.salesB(), fixture.teamB());
        String untagged = record(COMPANIES, "{\"name\": \"Untagged " + ApiCalls.unique() + "\"", fixture.salesA(), fixture.teamA());
        String contactOfA = record(CONTACTS, "{\"lastName\": \"Tagged " + ApiCalls.unique() + "\"", fixture.salesA(), fixture.teamA());
        String leadOfB = record(LEADS, "{\"lastName\": \"Tagged " + ApiCalls.unique() + "\"", fixture.salesB(), fixture.teamB());

        assertThat(admin.put(COMPANIES + "/" + companyOfA + "/tags/" + tag)).hasStatus(204);
        assertThat(admin.put(COMPANIES + "/" + companyOfA + "/tags/" + tag)).as("again").hasStatus(204);
        assertThat(admin.put(COMPANIES + "/" + companyOfA + "/tags/" + other)).hasStatus(204);
        assertThat(admin.put(COMPANIES + "/" + companyOfB + "/tags/" + tag)).hasStatus(204);
        assertThat(as(fixture.salesA()).put(CONTACTS + "/" + contactOfA + "/tags/" + tag)).hasStatus(204);
        assertThat(as(fixture.salesB()).put(LEADS + "/" + leadOfB + "/tags/" + tag)).hasStatus(204);

        assertThat(ApiCalls.<List<String>>read(admin.get(COMPANIES + "/" + companyOfA), "$.tags[*].id")).containsExactlyInAnyOrder(tag, other);
        assertThat(ApiCalls.<List<String>>read(admin.get(COMPANIES + "/" + untagged), "$.tags")).isEmpty();
        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "/" + contactOfA + "/tags"), "$[*].id")).containsExactly(tag);
        shows(fixture.salesA(), COMPANIES + "?tag=" + tag, companyOfA);
        shows(fixture.salesB(), COMPANIES + "?tag=" + tag, companyOfB);
        shows(fixture.managerA(), COMPANIES + "?tag=" + other, companyOfA);
        shows(fixture.managerA(), CONTACTS + "?tag=" + tag, contactOfA);
        shows(fixture.salesB(), LEADS + "?tag=" + tag, leadOfB);
        shows(fixture.salesA(), LEADS + "?tag=" + tag);
        assertThat(ApiCalls.<List<String>>read(admin.get(COMPANIES + "?tag=" + tag), "$.data[0].tags[*].name")).isNotEmpty();
        assertThat(admin.get(TAGS + "/" + tag)).bodyJson()
                .hasPathSatisfying("$.companies", value -> assertThat(value).isEqualTo(2))
                .hasPathSatisfying("$.contacts", value -> assertThat(value).isEqualTo(1))
                .hasPathSatisfying("$.leads", value -> assertThat(value).isEqualTo(1));

        assertThat(admin.delete(COMPANIES + "/" + companyOfA + "/tags/" + other)).hasStatus(204);
        shows(fixture.managerA(), COMPANIES + "?tag=" + other);
        assertThat(admin.delete(COMPANIES + "/" + companyOfB)).hasStatus(204);
        assertThat(admin.delete(TAGS + "/" + tag)).hasStatus(204);
        assertThat(ApiCalls.<List<String>>read(admin.get(COMPANIES + "/" + companyOfA), "$.tags")).isEmpty();
        assertThat(jdbc.sql("select count(*) from tag_links where tag_id = ?").param(Long.parseLong(tag)).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from tag_links_aud where tag_id = ? and revtype = 2").param(Long.parseLong(tag))
                .query(Long.class).single()).as("removals in the audit trail").isEqualTo(4);
    }

    @Test
    void recordsOneMayNotSeeCannotBeTaggedOrUntagged() {
        String tag = tag("Hidden");
        String contactOfB = record(CONTACTS, "{\"lastName\": \"Out of sight " + ApiCalls.unique() + "\"", fixture.salesB(), fixture.teamB());
        assertThat(admin.put(CONTACTS + "/" + contactOfB + "/tags/" + tag)).hasStatus(204);

        ApiCalls salesA = as(fixture.salesA());
        assertThat(salesA.put(CONTACTS + "/" + contactOfB + "/tags/" + tag)).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:not-found");
        assertThat(salesA.delete(CONTACTS + "/" + contactOfB + "/tags/" + tag)).hasStatus(404);
        assertThat(salesA.get(CONTACTS + "/" + contactOfB + "/tags")).hasStatus(404);
        assertThat(admin.put(CONTACTS + "/" + contactOfB + "/tags/999999999")).hasStatus(404);
        assertThat(admin.put(CONTACTS + "/999999999/tags/" + tag)).hasStatus(404);
        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "/" + contactOfB), "$.tags[*].id")).containsExactly(tag);
    }

    @Test
    void mergingMovesEveryTagToTheSurvivorOnce() {
        String shared = tag("Shared");
        String onlyMerged = tag("Only merged");
        String survivor = record(CONTACTS, "{\"lastName\": \"Survivor " + ApiCalls.unique() + "\"", fixture.salesA(), fixture.teamA());
        String merged = record(CONTACTS, "{\"lastName\": \"Merged " + ApiCalls.unique() + "\"", fixture.salesA(), fixture.teamA());
        admin.put(CONTACTS + "/" + survivor + "/tags/" + shared);
        admin.put(CONTACTS + "/" + merged + "/tags/" + shared);
        admin.put(CONTACTS + "/" + merged + "/tags/" + onlyMerged);

        tagManagement.moveAll(TaggedType.CONTACT, Long.parseLong(merged), Long.parseLong(survivor));

        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "/" + survivor), "$.tags[*].id"))
                .containsExactlyInAnyOrder(shared, onlyMerged);
        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "/" + merged), "$.tags")).isEmpty();
    }

    private String tag(String name) {
        return admin.create(TAGS, "{\"name\": \"" + name + " " + ApiCalls.unique() + "\", \"colour\": \"blue\"}");
    }

    private String record(String collection, String jsonStart, Account owner, long teamId) {
        return admin.create(collection, jsonStart + ", \"ownerId\": \"" + owner.user().id() + "\", \"teamId\": \"" + teamId + "\"}");
    }

    private void shows(Account who, String uri, String... ids) {
        fixture.assertListShows(mvc, who, uri, "$.data[*].id", (Object[]) ids);
    }

    private ApiCalls as(Account who) {
        return new ApiCalls(mvc, encoder, who.user().id());
    }
}
