package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.clientele.sales.deals.DealCalls.DEALS;

import java.time.Duration;
import java.util.List;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Product lines and their exact arithmetic; deals opened for converted leads; deals following merged companies and contacts. */
@ClienteleTest
class DealLinesAndLinksTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    private DealCalls admin;

    @BeforeEach
    void signIn() {
        admin = new DealCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void eachLineIsRoundedToTheMinorUnitAndTheirSumBecomesTheAmount() {
        String id = admin.create(DEALS, "{\"name\": \"Lines " + DealCalls.unique() + "\", \"amount\": {\"amount\": \"1\", "
                + "\"currency\": \"EUR\"}}");
        String training = admin.create("/api/v1/products", "{\"name\": \"Training " + DealCalls.unique() + "\", \"kind\": \"SERVICE\", "
                + "\"unit\": \"day\", \"listPrice\": {\"amount\": \"900\", \"currency\": \"EUR\"}}");

        MvcTestResult replaced = admin.put(DEALS + "/" + id + "/lines", """
                [{"description": "Licences", "quantity": "3", "unitPrice": "19.99", "discountPercent": "10"},
                 {"description": "Rounding half away from zero", "quantity": 1, "unitPrice": "0.125"},
                 {"productId": "%s", "description": "Training day", "quantity": "0.5", "unitPrice": "800", "discountPercent": "2.5"}]"""
                .formatted(training));

        // 3 × 19.99 × 0.9 = 53.973 -> 53.97; 0.125 -> 0.13; 0.5 × 800 × 0.975 = 390.00; sum 444.10
        assertThat(replaced).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.lines[*].amount.amount", amounts -> assertThat(amounts).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("53.97", "0.13", "390.00"))
                .hasPathSatisfying("$.lines[2].productId", product -> assertThat(product).isEqualTo(training))
                .hasPathSatisfying("$.amount.amount", amount -> assertThat(amount).isEqualTo("444.10"));
        assertThat(admin.patch(DEALS + "/" + id, "{\"amount\": {\"amount\": \"5\"}}")).as("lines decide the amount").hasStatusOk()
                .bodyJson().extractingPath("$.amount.amount").isEqualTo("444.10");

        assertThat(admin.patch(DEALS + "/" + id, "{\"currency\": \"JPY\", \"amount\": null}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.lines[*].amount.amount", amounts -> assertThat(amounts).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("54", "0", "390"))
                .hasPathSatisfying("$.amount.amount", amount -> assertThat(amount).isEqualTo("444"));

        assertThat(admin.put(DEALS + "/" + id + "/lines", "[{\"description\": \" \", \"quantity\": \"0\", \"unitPrice\": \"-1\", "
                + "\"discountPercent\": \"120\"}]")).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("lines[0].description", "lines[0].quantity", "lines[0].unitPrice", "lines[0].discountPercent");
        assertThat(admin.put(DEALS + "/" + id + "/lines", "[]")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.lines", lines -> assertThat(lines).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty())
                .hasPathSatisfying("$.amount.amount", amount -> assertThat(amount).isEqualTo("444"));
    }

    @Test
    void aConvertedLeadOpensADealAtTheFirstOpenStageLinkedToLeadCompanyAndContact() {
        String tag = DealCalls.unique();
        String lead = admin.create("/api/v1/leads", "{\"firstName\": \"Lea\", \"lastName\": \"Lead " + tag + "\", "
                + "\"companyName\": \"Lead Co " + tag + "\"}");
        MvcTestResult converted = admin.post("/api/v1/leads/" + lead + "/convert", "{}");
        assertThat(converted).hasStatusOk();
        String company = DealCalls.read(converted, "$.companyId");
        String contact = DealCalls.read(converted, "$.contactId");

        // The deal is opened by an event listener once the conversion is committed, on another thread.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(dealsOfLead(lead)).hasSize(1));
        List<Long> deals = dealsOfLead(lead);
        assertThat(admin.get(DEALS + "/" + deals.get(0))).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Deal with Lead Co " + tag))
                .hasPathSatisfying("$.companyId", value -> assertThat(value).isEqualTo(company))
                .hasPathSatisfying("$.contactId", value -> assertThat(value).isEqualTo(contact))
                .hasPathSatisfying("$.stageId", value -> assertThat(value).isEqualTo(firstOpenStageOfSales()))
                .hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("OPEN"));
        assertThat(DealCalls.<List<Object>>read(admin.get(DEALS + "/" + deals.get(0) + "/history"), "$[*].movedBy"))
                .containsExactly((Object) null);
    }

    @Test
    void dealsFollowTheirCompanyAndContactWhenTheyAreMerged() {
        String tag = DealCalls.unique();
        String survivor = admin.company("Survivor " + tag);
        String merged = admin.company("Merged " + tag);
        String survivingContact = admin.contact("Stays " + tag, survivor);
        String mergedContact = admin.contact("Goes " + tag, merged);
        String deal = admin.create(DEALS, "{\"name\": \"Merge " + tag + "\", \"companyId\": \"" + merged + "\", \"contactId\": \""
                + mergedContact + "\"}");

        assertThat(admin.post("/api/v1/companies/merge", "{\"survivorId\": \"" + survivor + "\", \"mergedId\": \"" + merged + "\"}"))
                .hasStatusOk();
        assertThat(admin.post("/api/v1/contacts/merge", "{\"survivorId\": \"" + survivingContact + "\", \"mergedId\": \""
                + mergedContact + "\"}")).hasStatusOk();

        assertThat(admin.get(DEALS + "/" + deal)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.companyId", value -> assertThat(value).isEqualTo(survivor))
                .hasPathSatisfying("$.contactId", value -> assertThat(value).isEqualTo(survivingContact));
    }

    private List<Long> dealsOfLead(String lead) {
        return jdbc.sql("select id from deals where lead_id = ?").param(Long.parseLong(lead)).query(Long.class).list();
    }

    private String firstOpenStageOfSales() {
        return jdbc.sql("select s.id from pipeline_stages s join pipelines p on p.id = s.pipeline_id where p.name = 'Sales' "
                + "and p.is_default and s.outcome = 'OPEN' order by s.position limit 1").query(Long.class).single().toString();
    }
}
