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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/v1/deals}: create, read, merge-patch, delete, validation, moves, win, lose, reopen, history and events. */
@ClienteleTest
@RecordApplicationEvents
class DealApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private DealCalls admin;

    @BeforeEach
    void signIn() {
        admin = new DealCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void createsADealInTheDefaultPipelinesFirstStageReadsChangesAndDeletesIt() {
        String tag = DealCalls.unique();
        String company = admin.company("Deal Co " + tag);
        String contact = admin.contact("Buyer " + tag, company);

        MvcTestResult created = admin.post(DEALS, """
                {"name": " Fleet renewal %s ", "amount": {"amount": "12000.5", "currency": "eur"}, "companyId": "%s",
                 "contactId": "%s", "expectedClose": "2026-12-31", "nextStep": "Send the offer", "nextStepDate": "2026-12-01",
                 "important": true}""".formatted(tag, company, contact));

        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Fleet renewal " + tag))
                .hasPathSatisfying("$.amount.amount", amount -> assertThat(amount).isEqualTo("12000.50"))
                .hasPathSatisfying("$.amount.currency", currency -> assertThat(currency).isEqualTo("EUR"))
                .hasPathSatisfying("$.currency", currency -> assertThat(currency).isEqualTo("EUR"))
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("OPEN"))
                .hasPathSatisfying("$.stageId", stage -> assertThat(stage).isEqualTo(stage("Qualification")))
                .hasPathSatisfying("$.probability", probability -> assertThat(probability).isEqualTo("10"))
                .hasPathSatisfying("$.important", important -> assertThat(important).isEqualTo(true))
                .hasPathSatisfying("$.ownerId", owner -> assertThat(owner).isEqualTo(Long.toString(setup.firstAdministratorId().orElseThrow())));
        String id = DealCalls.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(DEALS + "/" + id);

        assertThat(admin.patch(DEALS + "/" + id, "{\"nextStep\": null, \"probability\": \"35.5\", \"amount\": {\"amount\": \"9000\"}, "
                + "\"version\": 0}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.nextStep", value -> assertThat(value).isNull())
                .hasPathSatisfying("$.probability", value -> assertThat(value).isEqualTo("35.5"))
                .hasPathSatisfying("$.amount.amount", value -> assertThat(value).isEqualTo("9000.00"))
                .hasPathSatisfying("$.companyId", value -> assertThat(value).isEqualTo(company));
        assertThat(admin.patch(DEALS + "/" + id, "{\"name\": \"Late\", \"version\": 0}")).as("made from an outdated version")
                .hasStatus(409);
        assertThat(admin.patch(DEALS + "/" + id, "{\"stageId\": \"" + stage("Proposal") + "\"}")).as("moves go through /stage")
                .hasStatus(422);
        assertThat(admin.delete(DEALS + "/" + id)).hasStatus(204);
        assertThat(admin.get(DEALS + "/" + id)).hasStatus(404);
    }

    @Test
    void refusesBadInputNamingEveryField() {
        MvcTestResult refused = admin.post(DEALS, """
                {"name": " ", "currency": "XYZ", "probability": "101", "companyId": "999999999", "contactId": "999999998",
                 "stageId": "999999997"}""");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("name", "currency", "probability", "companyId", "contactId", "stageId");
        assertThat(admin.post(DEALS, "{\"name\": \"X\", \"colour\": \"red\"}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("colour");
        assertThat(admin.post(DEALS, "{\"name\": \"X\", \"amount\": {\"amount\": \"1\", \"currency\": \"USD\"}, \"currency\": \"EUR\"}"))
                .hasStatus(422);
        assertThat(admin.post(DEALS, "{\"name\": \"X\", \"stageId\": \"" + stage("Lost") + "\"}")).as("a lost deal needs a reason")
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("closingReasonId");
    }

    @Test
    void movesThroughStagesLosesOnlyWithAReasonReopensWinsAndKeepsTheHistory() {
        String tag = DealCalls.unique();
        String company = admin.company("Move Co " + tag);
        String id = admin.create(DEALS, "{\"name\": \"Move " + tag + "\", \"companyId\": \"" + company + "\", "
                + "\"amount\": {\"amount\": \"500\", \"currency\": \"EUR\"}}");

        assertThat(admin.post(DEALS + "/" + id + "/stage", "{\"stageId\": \"" + stage("Proposal") + "\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.probability", value -> assertThat(value).isEqualTo("50"))
                .hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("OPEN"));
        assertThat(admin.post(DEALS + "/" + id + "/lose", "{}")).as("no reason").hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("closingReasonId");
        assertThat(admin.post(DEALS + "/" + id + "/stage", "{\"stageId\": \"" + stage("Lost") + "\", \"closingReasonId\": \""
                + reason("Best offer") + "\"}")).as("a success reason does not explain a loss").hasStatus(422);
        assertThat(admin.post(DEALS + "/" + id + "/lose", "{\"closingReasonId\": \"" + reason("Price too high") + "\"}"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("LOST"))
                .hasPathSatisfying("$.probability", value -> assertThat(value).isEqualTo("0"))
                .hasPathSatisfying("$.closedAt", value -> assertThat(value).isNotNull())
                .hasPathSatisfying("$.closingReasonId", value -> assertThat(value).isEqualTo(reason("Price too high")));
        assertThat(admin.post(DEALS + "/" + id + "/lose", "{\"closingReasonId\": \"" + reason("No budget") + "\"}")).hasStatus(409);

        assertThat(admin.post(DEALS + "/" + id + "/reopen", "")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.stageId", value -> assertThat(value).isEqualTo(stage("Proposal")))
                .hasPathSatisfying("$.closedAt", value -> assertThat(value).isNull())
                .hasPathSatisfying("$.closingReasonId", value -> assertThat(value).isNull());
        assertThat(admin.post(DEALS + "/" + id + "/win", "{\"closingReasonId\": \"" + reason("Best offer") + "\"}")).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.status", value -> assertThat(value).isEqualTo("WON"))
                .hasPathSatisfying("$.probability", value -> assertThat(value).isEqualTo("100"));

        MvcTestResult history = admin.get(DEALS + "/" + id + "/history");
        assertThat(DealCalls.<List<String>>read(history, "$[*].stageName"))
                .containsExactly("Qualification", "Proposal", "Lost", "Proposal", "Won");
        assertThat(DealCalls.<List<Object>>read(history, "$[*].leftAt")).satisfies(left -> {
            assertThat(left.subList(0, 4)).doesNotContainNull();
            assertThat(left.get(4)).isNull();
        });
        assertThat(DealCalls.<List<String>>read(history, "$[*].duration")).allMatch(duration -> duration.startsWith("PT"));

        long dealId = Long.parseLong(id);
        assertThat(events.stream(DealStageChanged.class).filter(e -> e.dealId() == dealId)).hasSize(4);
        assertThat(events.stream(DealLost.class).filter(e -> e.dealId() == dealId)).singleElement().satisfies(lost -> {
            assertThat(lost.closingReasonId()).isEqualTo(Long.parseLong(reason("Price too high")));
            assertThat(lost.amount().amount()).isEqualByComparingTo("500");
            assertThat(lost.companyId()).isEqualTo(Long.parseLong(company));
        });
        assertThat(events.stream(DealWon.class).filter(e -> e.dealId() == dealId)).hasSize(1);
        // Moves reach the timeline through event listeners once committed, on another thread.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                DealCalls.<List<String>>read(admin.get("/api/v1/companies/" + company + "/timeline"), "$.data[*].title")).contains("Deal “Move " + tag + "” moved from Qualification to Proposal",
                        "Deal “Move " + tag + "” lost: Price too high", "Deal “Move " + tag + "” won 500.00 EUR"));
    }

    @Test
    void aStageOfAnotherPipelineOrAnUnknownDealIsRefused() {
        String id = admin.create(DEALS, "{\"name\": \"Stay " + DealCalls.unique() + "\"}");

        assertThat(admin.post(DEALS + "/" + id + "/stage", "{\"stageId\": \"999999999\"}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("stageId");
        assertThat(admin.post(DEALS + "/" + id + "/stage", "{}")).hasStatus(422);
        assertThat(admin.post(DEALS + "/999999999/stage", "{\"stageId\": \"" + stage("Proposal") + "\"}")).hasStatus(404);
        assertThat(admin.post(DEALS + "/" + id + "/reopen", "")).as("open already").hasStatus(409);
    }

    String stage(String name) {
        return jdbc.sql("select s.id from pipeline_stages s join pipelines p on p.id = s.pipeline_id "
                + "where p.name = 'Sales' and p.is_default and s.name = ?").param(name).query(Long.class).single().toString();
    }

    String reason(String name) {
        return jdbc.sql("select id from closing_reasons where name = ? and team_id is null").param(name).query(Long.class).single()
                .toString();
    }
}
