package org.clientele.sales.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.clientele.identity.Role;
import org.clientele.identity.UserAccount;
import org.clientele.identity.UserManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Shipments through the API: plan, limits, record as shipped (moving the deal on), the tracker, visibility and deletion. */
@ClienteleTest
class ShipmentApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    ShipmentStages stages;

    private ApiClient admin;

    @BeforeEach
    void signIn() {
        admin = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void plansAShipmentWithinTheLineAndRecordingItMovesTheDealToThePipelinesShipmentStage() {
        String deal = dealWithLine("Pallet racks", "5");
        String line = ApiClient.read(admin.get("/api/v1/deals/" + deal), "$.lines[0].id");
        withShipmentStage("Negotiation", () -> {
            String shipment = admin.create("/api/v1/deals/" + deal + "/shipments", """
                    {"dealLineId": "%s", "quantity": "2", "plannedOn": "%s", "trackingCode": "TRK-1"}""".formatted(line,
                    LocalDate.now().minusDays(1)));
            assertThat(admin.get("/api/v1/shipments/" + shipment)).hasStatusOk().bodyJson()
                    .hasPathSatisfying("$.description", value -> assertThat(value).isEqualTo("Pallet racks"))
                    .hasPathSatisfying("$.quantity", value -> assertThat(value).isEqualTo("2"))
                    .hasPathSatisfying("$.shipped", value -> assertThat(value).isEqualTo(false));
            assertThat(stageOf(deal)).as("planning does not move the deal").isEqualTo("Qualification");
            assertThat(trackerIds("open")).contains(shipment);

            assertThat(admin.post("/api/v1/deals/" + deal + "/shipments", """
                    {"dealLineId": "%s", "quantity": "3.5"}""".formatted(line))).as("2 + 3.5 exceeds the line's 5").hasStatus(422)
                    .bodyJson().hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("quantity"));
            assertThat(admin.post("/api/v1/deals/" + deal + "/shipments", """
                    {"dealLineId": "%s", "quantity": "1", "shippedOn": "%s"}""".formatted(line, LocalDate.now().plusDays(1))))
                    .as("shipped in the future").hasStatus(422);
            assertThat(admin.post("/api/v1/deals/" + deal + "/shipments", "{\"dealLineId\": \"999999999\", \"quantity\": \"1\"}"))
                    .as("a line of another deal").hasStatus(422);
            assertThat(admin.post("/api/v1/deals/" + deal + "/shipments", "{\"dealLineId\": \"" + line + "\", \"quantity\": \"one\"}"))
                    .as("not a number").hasStatus(422);

            assertThat(admin.post("/api/v1/shipments/" + shipment + "/shipped", "")).hasStatusOk().bodyJson()
                    .hasPathSatisfying("$.shippedOn", value -> assertThat(value).isEqualTo(LocalDate.now().toString()));
            assertThat(stageOf(deal)).isEqualTo("Negotiation");
            assertThat(ApiClient.<List<String>>read(admin.get("/api/v1/deals/" + deal + "/history"), "$[*].stageName"))
                    .containsExactly("Qualification", "Negotiation");
            assertThat(trackerIds("open")).doesNotContain(shipment);
            assertThat(trackerIds("shipped")).contains(shipment);
        });
    }

    @Test
    void aShipmentNeverMovesADealBackOrOutOfAClosedStage() {
        String deal = dealWithLine("Consulting days", "10");
        String line = ApiClient.read(admin.get("/api/v1/deals/" + deal), "$.lines[0].id");
        assertThat(admin.post("/api/v1/deals/" + deal + "/win", "")).hasStatusOk();
        withShipmentStage("Negotiation", () -> {
            admin.create("/api/v1/deals/" + deal + "/shipments", """
                    {"dealLineId": "%s", "quantity": "10", "shippedOn": "%s"}""".formatted(line, LocalDate.now()));
            assertThat(stageOf(deal)).isEqualTo("Won");
        });
    }

    @Test
    void changesAndDeletesAShipmentAndHidesItFromWhoeverCannotSeeTheDeal() {
        String deal = dealWithLine("Forklift", "1");
        String line = ApiClient.read(admin.get("/api/v1/deals/" + deal), "$.lines[0].id");
        String shipment = admin.create("/api/v1/deals/" + deal + "/shipments", "{\"dealLineId\": \"" + line + "\", \"quantity\": \"1\"}");

        assertThat(admin.patch("/api/v1/shipments/" + shipment, "{\"serialNumber\": \"SN-77\", \"version\": 0}")).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.serialNumber", value -> assertThat(value).isEqualTo("SN-77"));
        assertThat(admin.patch("/api/v1/shipments/" + shipment, "{\"note\": \"late\", \"version\": 0}")).as("outdated version")
                .hasStatus(409);
        assertThat(admin.patch("/api/v1/shipments/" + shipment, "{\"colour\": \"red\"}")).as("no such member").hasStatus(422);

        ApiClient stranger = new ApiClient(mvc, encoder, seller().id());
        assertThat(stranger.get("/api/v1/shipments/" + shipment)).hasStatus(404);
        assertThat(stranger.get("/api/v1/deals/" + deal + "/shipments")).hasStatus(404);
        assertThat(ApiClient.<List<String>>read(stranger.get("/api/v1/shipments"), "$.data[*].id")).doesNotContain(shipment);
        assertThat(stranger.delete("/api/v1/shipments/" + shipment)).hasStatus(404);

        assertThat(admin.delete("/api/v1/shipments/" + shipment)).hasStatus(204);
        assertThat(admin.get("/api/v1/shipments/" + shipment)).hasStatus(404);
        assertThat(admin.get("/api/v1/shipments?status=lost")).hasStatus(422);
    }

    private String dealWithLine(String product, String quantity) {
        String deal = admin.create("/api/v1/deals", "{\"name\": \"Shipping " + UUID.randomUUID() + "\", \"currency\": \"EUR\"}");
        assertThat(admin.put("/api/v1/deals/" + deal + "/lines", """
                [{"description": "%s", "quantity": "%s", "unitPrice": "100"}]""".formatted(product, quantity))).hasStatusOk();
        return deal;
    }

    private List<String> trackerIds(String status) {
        MvcTestResult page = admin.get("/api/v1/shipments?limit=200&status=" + status);
        assertThat(page).hasStatusOk();
        return ApiClient.read(page, "$.data[*].id");
    }

    private String stageOf(String deal) {
        return jdbc.sql("select s.name from deals d join pipeline_stages s on s.id = d.stage_id where d.id = ?")
                .param(Long.parseLong(deal)).query(String.class).single();
    }

    private void withShipmentStage(String stageName, Runnable test) {
        long pipeline = jdbc.sql("select id from pipelines where name = 'Sales' and is_default").query(Long.class).single();
        long stage = jdbc.sql("select id from pipeline_stages where pipeline_id = ? and name = ?").params(pipeline, stageName)
                .query(Long.class).single();
        stages.choose(pipeline, stage);
        try {
            test.run();
        }
        finally {
            stages.choose(pipeline, null);
        }
    }

    private UserAccount seller() {
        return users.createWithoutPassword("shipments-" + UUID.randomUUID() + "@clientele.test", "Sam Seller", Locale.ENGLISH,
                ZoneId.of("UTC"), Set.of(Role.SALES));
    }
}
