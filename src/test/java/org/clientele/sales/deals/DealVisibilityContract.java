package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.sales.deals.DealCalls.DEALS;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Deals obey record visibility like customers, links only go to records the user may see, and a
 * deal moves through its stages with its history kept. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DealVisibilityContract {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    VisibilityFixture fixture;
    DealCalls admin;
    DealCalls salesA;
    DealCalls salesB;
    String ofSalesA;
    String coOwnedBySalesB;

    @BeforeAll
    void createDeals() {
        fixture = VisibilityFixture.create(context);
        admin = new DealCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        salesA = new DealCalls(mvc, encoder, fixture.salesA().user().id());
        salesB = new DealCalls(mvc, encoder, fixture.salesB().user().id());
        ofSalesA = salesA.create(DEALS, "{\"name\": \"Of A " + DealCalls.unique() + "\"}");
        coOwnedBySalesB = admin.create(DEALS, "{\"name\": \"Co-owned " + DealCalls.unique() + "\", \"teamId\": \"" + fixture.teamA()
                + "\", \"coOwnerIds\": [\"" + fixture.salesB().user().id() + "\"]}");
    }

    @Test
    void aDealIsVisibleToItsOwnerTheTeamHeadAndCoOwnersAndMissingToOthers() {
        fixture.assertDetailVisible(mvc, fixture.salesA(), DEALS + "/" + ofSalesA);
        fixture.assertDetailVisible(mvc, fixture.managerA(), DEALS + "/" + ofSalesA);
        fixture.assertDetailHidden(mvc, fixture.salesB(), DEALS + "/" + ofSalesA);
        fixture.assertDetailHidden(mvc, fixture.salesB(), DEALS + "/" + ofSalesA + "/history");
        fixture.assertDetailVisible(mvc, fixture.salesB(), DEALS + "/" + coOwnedBySalesB);
        fixture.assertDetailHidden(mvc, fixture.salesA(), DEALS + "/" + coOwnedBySalesB);
        assertThat(salesB.post(DEALS + "/" + ofSalesA + "/stage", "{\"stageId\": \"" + stage("Proposal") + "\"}")).hasStatus(404);
        assertThat(salesB.patch(DEALS + "/" + ofSalesA, "{\"name\": \"Taken\"}")).hasStatus(404);
        assertThat(salesB.delete(DEALS + "/" + ofSalesA)).hasStatus(404);
    }

    @Test
    void linksGoOnlyToCompaniesAndContactsTheUserMaySee() {
        String company = salesA.company("Hidden from B " + DealCalls.unique());
        String contact = salesA.contact("Hidden " + DealCalls.unique(), company);

        MvcTestResult refused = salesB.post(DEALS, "{\"name\": \"Reach\", \"companyId\": \"" + company + "\", \"contactId\": \""
                + contact + "\"}");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("companyId", "contactId");
        assertThat(salesA.post(DEALS, "{\"name\": \"Own links\", \"companyId\": \"" + company + "\", \"contactId\": \"" + contact
                + "\"}")).hasStatus(201);
    }

    @Test
    void movesAndKeepsTheHistory() {
        String id = salesA.create(DEALS, "{\"name\": \"History " + DealCalls.unique() + "\"}");

        assertThat(salesA.post(DEALS + "/" + id + "/stage", "{\"stageId\": \"" + stage("Negotiation") + "\"}")).hasStatusOk()
                .bodyJson().extractingPath("$.probability").isEqualTo("75");
        assertThat(salesA.post(DEALS + "/" + id + "/lose", "{}")).hasStatus(422);

        assertThat(DealCalls.<java.util.List<String>>read(salesA.get(DEALS + "/" + id + "/history"), "$[*].stageName"))
                .containsExactly("Qualification", "Negotiation");
    }

    private String stage(String name) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select s.id from pipeline_stages s join pipelines p on p.id = s.pipeline_id where p.name = 'Sales' "
                        + "and p.is_default = ? and s.name = ?").param(true).param(name).query(Long.class).single().toString();
    }
}
