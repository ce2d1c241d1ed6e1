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
 * Leads obey record visibility on lists, searches, filters, details, changes, every status action
 * and deletion: a lead a user may not see answers exactly as if it did not exist. Subclasses pick
 * the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LeadVisibilityContract {

    static final String LEADS = "/api/v1/leads";

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

    /** Leads: salesA's in A, salesB's in B, managerA's in A, the administrator's in A's sub-team, co-owned by salesB, and in no team. */
    @BeforeAll
    void createLeads() {
        fixture = VisibilityFixture.create(context);
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        tag = ApiCalls.unique();
        ofSalesA = lead("Ada", fixture.salesA(), fixture.teamA());
        ofSalesB = lead("Ben", fixture.salesB(), fixture.teamB());
        ofManagerA = lead("Max", fixture.managerA(), fixture.teamA());
        inSubTeam = admin.create(LEADS, "{\"lastName\": \"Sub " + tag + "\", \"companyName\": \"Sub Co " + tag + "\", \"teamId\": \""
                + fixture.subTeamOfA() + "\"}");
        coOwnedBySalesB = admin.create(LEADS, "{\"lastName\": \"Shared " + tag + "\", \"companyName\": \"Shared Co " + tag
                + "\", \"teamId\": null, \"coOwnerIds\": [\"" + fixture.salesB().user().id() + "\"]}");
        elsewhere = admin.create(LEADS, "{\"lastName\": \"Elsewhere " + tag + "\", \"teamId\": null}");
    }

    @Test
    void listsShowWhatEachUserMaySee() {
        shows(fixture.salesA(), LEADS, ofSalesA);
        shows(fixture.salesB(), LEADS, ofSalesB, coOwnedBySalesB);
        shows(fixture.managerA(), LEADS, ofSalesA, ofManagerA, inSubTeam);
        assertThat(ApiCalls.<List<String>>read(admin.get(LEADS + "?q=" + tag), "$.data[*].id"))
                .containsExactlyInAnyOrder(ofSalesA, ofSalesB, ofManagerA, inSubTeam, coOwnedBySalesB, elsewhere);
    }

    @Test
    void searchesAndFiltersFindOnlyWhatEachUserMaySee() {
        shows(fixture.salesA(), LEADS + "?q=" + tag, ofSalesA);
        shows(fixture.salesB(), LEADS + "?q=" + tag + "&sort=-createdAt", ofSalesB, coOwnedBySalesB);
        shows(fixture.salesB(), LEADS + "?q=shared co " + tag, coOwnedBySalesB);
        shows(fixture.managerA(), LEADS + "?q=" + tag, ofSalesA, ofManagerA, inSubTeam);
        shows(fixture.salesA(), LEADS + "?status=NEW&q=" + tag, ofSalesA);
        shows(fixture.salesA(), LEADS + "?status=DISQUALIFIED");
        shows(fixture.salesA(), LEADS + "?ownerId=" + fixture.salesB().user().id());
        shows(fixture.managerA(), LEADS + "?teamId=" + fixture.teamB());
        shows(fixture.managerA(), LEADS + "?teamId=" + fixture.subTeamOfA(), inSubTeam);
    }

    @Test
    void detailsOfOthersLookMissing() {
        fixture.assertDetailVisible(mvc, fixture.salesA(), LEADS + "/" + ofSalesA);
        fixture.assertDetailHidden(mvc, fixture.salesA(), LEADS + "/" + ofSalesB);
        fixture.assertDetailHidden(mvc, fixture.salesA(), LEADS + "/" + ofManagerA);
        fixture.assertDetailHidden(mvc, fixture.salesA(), LEADS + "/" + inSubTeam);
        fixture.assertDetailVisible(mvc, fixture.salesB(), LEADS + "/" + coOwnedBySalesB);
        fixture.assertDetailHidden(mvc, fixture.salesB(), LEADS + "/" + elsewhere);
        fixture.assertDetailVisible(mvc, fixture.managerA(), LEADS + "/" + inSubTeam);
        fixture.assertDetailHidden(mvc, fixture.managerA(), LEADS + "/" + ofSalesB);
        fixture.assertDetailHidden(mvc, fixture.managerA(), LEADS + "/" + coOwnedBySalesB);
    }

    @Test
    void everyActionOnAnInvisibleLeadAnswersNotFound() {
        ApiCalls salesA = as(fixture.salesA());
        String target = LEADS + "/" + ofSalesB;

        assertThat(salesA.patch(target, "{\"title\": \"Taken over\"}")).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:not-found");
        assertThat(salesA.post(target + "/qualify", "{}")).hasStatus(404);
        assertThat(salesA.post(target + "/disqualify", "{\"reason\": \"Not mine\"}")).hasStatus(404);
        assertThat(salesA.post(target + "/reopen", "{}")).hasStatus(404);
        assertThat(salesA.post(target + "/convert", "{}")).hasStatus(404);
        assertThat(salesA.delete(target)).hasStatus(404);
        assertThat(admin.get(target)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("NEW"))
                .hasPathSatisfying("$.title", title -> assertThat(title).isNull());

        assertThat(as(fixture.managerA()).post(LEADS + "/" + inSubTeam + "/qualify", "{}")).as("the head of A, in the sub-team")
                .hasStatusOk();
        assertThat(as(fixture.salesB()).post(LEADS + "/" + coOwnedBySalesB + "/convert", "{}")).as("a co-owner").hasStatusOk();
    }

    @Test
    void aLeadCannotBeConvertedOntoACompanyItsConverterMayNotSee() {
        String hidden = admin.create("/api/v1/companies", "{\"name\": \"Hidden " + tag + "\", \"teamId\": \"" + fixture.teamB() + "\"}");
        assertThat(as(fixture.salesA()).post(LEADS + "/" + ofSalesA + "/convert", "{\"companyId\": \"" + hidden + "\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("companyId");
        assertThat(admin.get(LEADS + "/" + ofSalesA)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("NEW");
    }

    @Test
    void leadTimelinesAreVisibleExactlyWhenTheirLeadIs() {
        fixture.assertDetailVisible(mvc, fixture.salesA(), LEADS + "/" + ofSalesA + "/timeline");
        fixture.assertDetailHidden(mvc, fixture.salesA(), LEADS + "/" + ofSalesB + "/timeline");
        fixture.assertDetailVisible(mvc, fixture.managerA(), LEADS + "/" + inSubTeam + "/timeline");
        fixture.assertDetailHidden(mvc, fixture.managerA(), LEADS + "/" + coOwnedBySalesB + "/timeline");
        fixture.assertDetailVisible(mvc, fixture.salesB(), LEADS + "/" + coOwnedBySalesB + "/timeline");
        fixture.assertDetailHidden(mvc, fixture.salesB(), LEADS + "/" + elsewhere + "/timeline");
        fixture.assertDetailHidden(mvc, fixture.salesB(), LEADS + "/" + Long.MAX_VALUE + "/timeline");
    }

    void shows(Account who, String uri, String... ids) {
        fixture.assertListShows(mvc, who, uri, "$.data[*].id", (Object[]) ids);
    }

    String lead(String firstName, Account owner, long teamId) {
        return admin.create(LEADS, "{\"firstName\": \"" + firstName + "\", \"lastName\": \"Prospect " + tag + "\", \"companyName\": \""
                + firstName + " Co " + tag + "\", \"ownerId\": \"" + owner.user().id() + "\", \"teamId\": \"" + teamId + "\"}");
    }

    ApiCalls as(Account account) {
        return new ApiCalls(mvc, encoder, account.user().id());
    }
}
