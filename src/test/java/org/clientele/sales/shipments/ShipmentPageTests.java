package org.clientele.sales.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Shipments on pages: the deal's panel, the form with its messages, the tracker's tabs, marking shipped, deletion and the stage setting. */
@ClienteleTest
class ShipmentPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    private Cookie admin;
    private ApiClient api;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        api = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void plansAShipmentFromTheDealPanelMarksItShippedFromTheTrackerAndDeletesItAfterConfirmation() {
        String deal = api.create("/api/v1/deals", "{\"name\": \"Panel " + UUID.randomUUID() + "\", \"currency\": \"EUR\"}");
        Document empty = html(mvc.get().uri("/deals/" + deal + "/shipments").cookie(admin).header("HX-Request", "true").exchange());
        assertThat(empty.select("[data-testid=plan-shipment]")).as("nothing to ship without lines").isEmpty();

        assertThat(api.put("/api/v1/deals/" + deal + "/lines", "[{\"description\": \"Shelf unit\", \"quantity\": \"4\", \"unitPrice\": \"80\"}]"))
                .hasStatusOk();
        String line = ApiClient.read(api.get("/api/v1/deals/" + deal), "$.lines[0].id");
        Document form = html(mvc.get().uri("/deals/" + deal + "/shipments/new").cookie(admin).exchange());
        assertThat(form.select("select[name=dealLineId] option").eachText()).containsExactly("Shelf unit (4)");
        assertThat(form.select("label[for=quantity]")).hasSize(1);

        Document refused = html(post("/deals/" + deal + "/shipments", "dealLineId", line, "quantity", "5"));
        assertThat(refused.select("#quantity-errors").text()).isEqualTo("Only 4 of this line are left to ship.");
        assertThat(refused.select("#quantity").hasClass("is-invalid")).isTrue();

        assertThat(post("/deals/" + deal + "/shipments", "dealLineId", line, "quantity", "4", "plannedOn",
                LocalDate.now().minusDays(2).toString(), "trackingCode", "PKG-9")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/deals/" + deal);
        long shipment = jdbc.sql("select id from shipments where deal_id = ?").param(Long.parseLong(deal)).query(Long.class).single();

        Document panel = html(mvc.get().uri("/deals/" + deal + "/shipments").cookie(admin).header("HX-Request", "true").exchange());
        assertThat(panel.select("[data-testid=deal-shipments] li").text()).contains("Shelf unit", "× 4", "PKG-9");

        Document toShip = html(mvc.get().uri("/shipments").cookie(admin).exchange());
        assertThat(toShip.select("nav.navbar a[href=/shipments]")).as("navigation entry").hasSize(1);
        assertThat(toShip.select("[data-testid=shipments] tr.table-warning").text()).as("overdue").contains("Shelf unit", "Overdue");

        assertThat(post("/shipments/" + shipment + "/shipped", "back", "tracker")).hasStatus3xxRedirection().hasRedirectedUrl("/shipments");
        Document shipped = html(mvc.get().uri("/shipments?tab=shipped").cookie(admin).exchange());
        assertThat(shipped.select("[data-testid=shipments] tbody").text()).contains("Shelf unit", LocalDate.now().toString());

        Document confirmation = html(mvc.get().uri("/shipments/" + shipment + "/delete").cookie(admin).exchange());
        assertThat(confirmation.select("h1").text()).isEqualTo("Delete the shipment of Shelf unit?");
        assertThat(post("/shipments/" + shipment + "/delete")).hasStatus3xxRedirection().hasRedirectedUrl("/deals/" + deal);
        assertThat(jdbc.sql("select count(*) from shipments where id = ?").param(shipment).query(Long.class).single()).isZero();
    }

    @Test
    void administratorsChooseTheStageAfterShippingButNeverALostOne() {
        long pipeline = jdbc.sql("select id from pipelines where name = 'Sales' and is_default").query(Long.class).single();
        long negotiation = stage(pipeline, "Negotiation");
        Document page = html(mvc.get().uri("/admin/shipment-stages").cookie(admin).exchange());
        assertThat(page.select("[data-testid=shipment-stages] select option").eachText()).contains("Negotiation", "Won")
                .doesNotContain("Lost");

        assertThat(post("/admin/shipment-stages/" + pipeline, "stageId", Long.toString(negotiation))).hasStatus3xxRedirection();
        assertThat(chosen(pipeline)).isEqualTo(negotiation);
        assertThat(post("/admin/shipment-stages/" + pipeline, "stageId", Long.toString(stage(pipeline, "Lost"))))
                .hasStatus3xxRedirection();
        assertThat(chosen(pipeline)).as("a lost stage is refused; the earlier choice stays")
                .isEqualTo(negotiation);
        assertThat(post("/admin/shipment-stages/" + pipeline, "stageId", "")).hasStatus3xxRedirection();
        assertThat(jdbc.sql("select count(*) from pipeline_shipment_stages").query(Long.class).single()).isZero();
    }

    private long stage(long pipeline, String name) {
        return jdbc.sql("select id from pipeline_stages where pipeline_id = ? and name = ?").params(pipeline, name).query(Long.class)
                .single();
    }

    private long chosen(long pipeline) {
        return jdbc.sql("select stage_id from pipeline_shipment_stages where pipeline_id = ?").param(pipeline).query(Long.class).single();
    }

    private MvcTestResult post(String path, String... params) {
        var request = mvc.post().uri(path).with(csrf()).cookie(admin);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
