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
 * Companies and contacts obey record visibility on lists, searches, details, changes and
 * deletions: what a user may not see answers exactly as if it did not exist. Subclasses pick the
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CustomerVisibilityContract {

    static final String COMPANIES = "/api/v1/companies";
    static final String CONTACTS = "/api/v1/contacts";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    VisibilityFixture fixture;
    ApiCalls admin;
    String tag;
    String ofSalesA;
    String ofSalesB;
    String ofManagerA;
    String inSubTeam;
    String coOwnedBySalesB;
    String elsewhere;
    String contactOfSalesA;
    String contactOfSalesB;
    String contactInSubTeam;
    String contactCoOwnedBySalesB;

    /** Companies: salesA's in A, salesB's in B, managerA's in A, the administrator's in A's sub-team, co-owned by salesB, and in no team. */
    @BeforeAll
    void createCompanies() {
        fixture = VisibilityFixture.create(context);
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        tag = ApiCalls.unique();
        ofSalesA = company("Of sales A", fixture.salesA(), fixture.teamA());
        ofSalesB = company("Of sales B", fixture.salesB(), fixture.teamB());
        ofManagerA = company("Of manager A", fixture.managerA(), fixture.teamA());
        inSubTeam = admin.create(COMPANIES, "{\"name\": \"In the sub-team " + tag + "\", \"teamId\": \"" + fixture.subTeamOfA() + "\"}");
        coOwnedBySalesB = admin.create(COMPANIES, "{\"name\": \"Co-owned " + tag + "\", \"teamId\": null, \"coOwnerIds\": [\""
                + fixture.salesB().user().id() + "\"]}");
        elsewhere = admin.create(COMPANIES, "{\"name\": \"Elsewhere " + tag + "\", \"teamId\": null}");
        contactOfSalesA = contact("Ada", fixture.salesA(), fixture.teamA(), ofSalesA);
        contactOfSalesB = contact("Ben", fixture.salesB(), fixture.teamB(), ofSalesB);
        contactInSubTeam = admin.create(CONTACTS, "{\"lastName\": \"Sub " + tag + "\", \"teamId\": \"" + fixture.subTeamOfA()
                + "\", \"companyId\": \"" + inSubTeam + "\"}");
        contactCoOwnedBySalesB = admin.create(CONTACTS, "{\"lastName\": \"Shared " + tag + "\", \"teamId\": null, "
                + "\"companyId\": \"" + elsewhere + "\", \"coOwnerIds\": [\"" + fixture.salesB().user().id() + "\"]}");
    }

    @Test
    void companyListsShowWhatEachUserMaySee() {
        shows(fixture.salesA(), COMPANIES, ofSalesA);
        shows(fixture.salesB(), COMPANIES, ofSalesB, coOwnedBySalesB);
        shows(fixture.managerA(), COMPANIES, ofSalesA, ofManagerA, inSubTeam);
        assertThat(ApiCalls.<List<String>>read(admin.get(COMPANIES + "?q=" + tag), "$.data[*].id"))
                .containsExactlyInAnyOrder(ofSalesA, ofSalesB, ofManagerA, inSubTeam, coOwnedBySalesB, elsewhere);
    }

    @Test
    void companySearchesAndFiltersFindOnlyWhatEachUserMaySee() {
        shows(fixture.salesA(), COMPANIES + "?q=" + tag, ofSalesA);
        shows(fixture.salesB(), COMPANIES + "?q=" + tag + "&sort=-createdAt", ofSalesB, coOwnedBySalesB);
        shows(fixture.managerA(), COMPANIES + "?q=" + tag, ofSalesA, ofManagerA, inSubTeam);
        shows(fixture.salesA(), COMPANIES + "?ownerId=" + fixture.salesB().user().id());
        shows(fixture.managerA(), COMPANIES + "?teamId=" + fixture.teamB());
        shows(fixture.managerA(), COMPANIES + "?teamId=" + fixture.subTeamOfA(), inSubTeam);
    }

    @Test
    void companyDetailsOfOthersLookMissing() {
        fixture.assertDetailVisible(mvc, fixture.salesA(), COMPANIES + "/" + ofSalesA);
        fixture.assertDetailHidden(mvc, fixture.salesA(), COMPANIES + "/" + ofSalesB);
        fixture.assertDetailHidden(mvc, fixture.salesA(), COMPANIES + "/" + ofManagerA);
        fixture.assertDetailHidden(mvc, fixture.salesA(), COMPANIES + "/" + inSubTeam);
        fixture.assertDetailVisible(mvc, fixture.salesB(), COMPANIES + "/" + coOwnedBySalesB);
        fixture.assertDetailHidden(mvc, fixture.salesB(), COMPANIES + "/" + elsewhere);
        fixture.assertDetailVisible(mvc, fixture.managerA(), COMPANIES + "/" + inSubTeam);
        fixture.assertDetailHidden(mvc, fixture.managerA(), COMPANIES + "/" + ofSalesB);
        fixture.assertDetailHidden(mvc, fixture.managerA(), COMPANIES + "/" + coOwnedBySalesB);
    }

    @Test
    void invisibleCompaniesCannotBeChangedOrDeleted() {
        ApiCalls salesA = as(fixture.salesA());
        String untouched = ApiCalls.read(admin.get(COMPANIES + "/" + ofSalesB), "$.name");

        assertThat(salesA.patch(COMPANIES + "/" + ofSalesB, "{\"name\": \"Taken over\"}")).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:not-found");
        assertThat(salesA.delete(COMPANIES + "/" + ofSalesB)).hasStatus(404);
        assertThat(admin.get(COMPANIES + "/" + ofSalesB)).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo(untouched);

        assertThat(as(fixture.managerA()).patch(COMPANIES + "/" + inSubTeam, "{\"description\": \"Seen by the head of A\"}"))
                .hasStatusOk();
        assertThat(as(fixture.salesB()).patch(COMPANIES + "/" + coOwnedBySalesB, "{\"description\": \"Seen by a co-owner\"}"))
                .hasStatusOk();
        String disposable = company("Disposable", fixture.salesA(), fixture.teamA());
        assertThat(as(fixture.salesB()).delete(COMPANIES + "/" + disposable)).hasStatus(404);
        assertThat(salesA.delete(COMPANIES + "/" + disposable)).hasStatus(204);
    }

    @Test
    void timelinesAndTheirEntriesAreVisibleExactlyWhenTheirCompanyIs() {
        ApiCalls salesA = as(fixture.salesA());
        ApiCalls salesB = as(fixture.salesB());
        String timeline = COMPANIES + "/" + ofSalesA + "/timeline";
        String note = ApiCalls.read(salesA.post(COMPANIES + "/" + ofSalesA + "/notes", "{\"body\": \"Private to A\"}"), "$.id");
        String entry = "/api/v1/timeline-entries/" + note;

        shows(fixture.salesA(), timeline, note);
        shows(fixture.managerA(), timeline, note);
        fixture.assertDetailVisible(mvc, fixture.salesA(), entry);
        fixture.assertDetailVisible(mvc, fixture.managerA(), entry);
        fixture.assertDetailHidden(mvc, fixture.salesB(), timeline);
        fixture.assertDetailHidden(mvc, fixture.salesB(), entry);
        fixture.assertDetailHidden(mvc, fixture.salesA(), COMPANIES + "/" + ofSalesB + "/timeline");

        assertThat(salesB.post(COMPANIES + "/" + ofSalesA + "/notes", "{\"body\": \"Slipped in\"}")).hasStatus(404);
        assertThat(salesB.post(COMPANIES + "/" + ofSalesA + "/calls", "{\"direction\": \"INBOUND\", \"status\": \"BUSY\"}"))
                .hasStatus(404);
        assertThat(salesB.patch(entry, "{\"body\": \"Rewritten\"}")).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:not-found");
        assertThat(salesB.delete(entry)).hasStatus(404);
        assertThat(admin.get(entry)).hasStatusOk().bodyJson().extractingPath("$.body").isEqualTo("Private to A");
        shows(fixture.salesB(), COMPANIES + "/" + coOwnedBySalesB + "/timeline");
    }

    @Test
    void contactTimelinesAreVisibleExactlyWhenTheirContactIs() {
        String timeline = CONTACTS + "/" + contactOfSalesA + "/timeline";
        String note = ApiCalls.read(as(fixture.salesA()).post(CONTACTS + "/" + contactOfSalesA + "/notes", "{\"body\": \"About A's contact\"}"),
                "$.id");

        shows(fixture.salesA(), timeline, note);
        shows(fixture.managerA(), timeline, note);
        fixture.assertDetailHidden(mvc, fixture.salesB(), timeline);
        fixture.assertDetailHidden(mvc, fixture.salesB(), "/api/v1/timeline-entries/" + note);
        assertThat(as(fixture.salesB()).post(CONTACTS + "/" + contactOfSalesA + "/notes", "{\"body\": \"Slipped in\"}")).hasStatus(404);
        shows(fixture.salesB(), CONTACTS + "/" + contactCoOwnedBySalesB + "/timeline");
    }

    /** Exactly these ids on the list (ids are strings, so the fixture's JSON-path variant is named outright). */
    void shows(Account who, String uri, String... ids) {
        fixture.assertListShows(mvc, who, uri, "$.data[*].id", (Object[]) ids);
    }

    @Test
    void contactListsSearchesAndFiltersShowWhatEachUserMaySee() {
        shows(fixture.salesA(), CONTACTS, contactOfSalesA);
        shows(fixture.salesB(), CONTACTS, contactOfSalesB, contactCoOwnedBySalesB);
        shows(fixture.managerA(), CONTACTS, contactOfSalesA, contactInSubTeam);
        shows(fixture.salesB(), CONTACTS + "?q=" + tag + "&sort=-createdAt", contactOfSalesB, contactCoOwnedBySalesB);
        shows(fixture.managerA(), CONTACTS + "?q=" + tag, contactOfSalesA, contactInSubTeam);
        shows(fixture.salesA(), CONTACTS + "?companyId=" + ofSalesB);
        shows(fixture.salesB(), CONTACTS + "?companyId=" + elsewhere, contactCoOwnedBySalesB);
        shows(fixture.managerA(), CONTACTS + "?companyId=" + ofSalesA, contactOfSalesA);
        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "?q=" + tag), "$.data[*].id"))
                .containsExactlyInAnyOrder(contactOfSalesA, contactOfSalesB, contactInSubTeam, contactCoOwnedBySalesB);
    }

    @Test
    void contactDetailsChangesAndDeletionsOfOthersLookMissing() {
        fixture.assertDetailVisible(mvc, fixture.salesA(), CONTACTS + "/" + contactOfSalesA);
        fixture.assertDetailHidden(mvc, fixture.salesA(), CONTACTS + "/" + contactOfSalesB);
        fixture.assertDetailHidden(mvc, fixture.salesA(), CONTACTS + "/" + contactInSubTeam);
        fixture.assertDetailVisible(mvc, fixture.salesB(), CONTACTS + "/" + contactCoOwnedBySalesB);
        fixture.assertDetailVisible(mvc, fixture.managerA(), CONTACTS + "/" + contactInSubTeam);
        fixture.assertDetailHidden(mvc, fixture.managerA(), CONTACTS + "/" + contactCoOwnedBySalesB);

        ApiCalls salesA = as(fixture.salesA());
        assertThat(salesA.patch(CONTACTS + "/" + contactOfSalesB, "{\"title\": \"Taken over\"}")).hasStatus(404);
        assertThat(salesA.delete(CONTACTS + "/" + contactOfSalesB)).hasStatus(404);
        assertThat(admin.get(CONTACTS + "/" + contactOfSalesB)).hasStatusOk().bodyJson().extractingPath("$.title").isNull();
        assertThat(as(fixture.salesB()).patch(CONTACTS + "/" + contactCoOwnedBySalesB, "{\"title\": \"Co-owned\"}")).hasStatusOk();
        assertThat(as(fixture.managerA()).patch(CONTACTS + "/" + contactInSubTeam, "{\"title\": \"In the sub-team\"}"))
                .hasStatusOk();
    }

    String contact(String firstName, Account owner, long teamId, String companyId) {
        return admin.create(CONTACTS, "{\"firstName\": \"" + firstName + "\", \"lastName\": \"Person " + tag + "\", \"ownerId\": \""
                + owner.user().id() + "\", \"teamId\": \"" + teamId + "\", \"companyId\": \"" + companyId + "\"}");
    }

    String company(String name, Account owner, long teamId) {
        return admin.create(COMPANIES, "{\"name\": \"" + name + " " + tag + "\", \"ownerId\": \"" + owner.user().id()
                + "\", \"teamId\": \"" + teamId + "\"}");
    }

    ApiCalls as(Account account) {
        return new ApiCalls(mvc, encoder, account.user().id());
    }
}
