package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.VisibilityFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Industries, company types and lead sources: shipped defaults, per-team entries, administration through the API and the page. */
@ClienteleTest
class ReferenceDataTests {

    private static final String SOURCES = "/api/v1/lead-sources";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Test
    void defaultsShipForEveryoneAndTeamEntriesOnlyReachTheTeam() {
        VisibilityFixture fixture = VisibilityFixture.create(context);
        ApiCalls admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        ApiCalls salesA = new ApiCalls(mvc, encoder, fixture.salesA().user().id());
        ApiCalls salesB = new ApiCalls(mvc, encoder, fixture.salesB().user().id());
        assertThat(names(admin.get("/api/v1/industries"))).contains("Manufacturing", "Retail");
        assertThat(names(admin.get("/api/v1/company-types"))).contains("Customer", "Partner");
        String tag = ApiCalls.unique();

        String forA = admin.create(SOURCES, "{\"name\": \"Roadshow " + tag + "\", \"teamId\": \"" + fixture.teamA() + "\"}");
        assertThat(admin.post(SOURCES, "{\"name\": \"ROADSHOW " + tag + "\", \"teamId\": \"" + fixture.teamA() + "\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(admin.post(SOURCES, "{\"name\": \"Roadshow " + tag + "\"}")).as("the same name for everyone").hasStatus(201);
        assertThat(salesA.post(SOURCES, "{\"name\": \"Mine\"}")).hasStatus(403);

        assertThat(names(salesA.get(SOURCES))).contains("Website", "Roadshow " + tag);
        assertThat(ids(salesB.get(SOURCES))).doesNotContain(forA);
        assertThat(ids(salesB.get(SOURCES + "?all=true"))).contains(forA);
        assertThat(salesB.post("/api/v1/leads", "{\"lastName\": \"Wrong source\", \"sourceId\": \"" + forA + "\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("sourceId");
        String lead = salesA.create("/api/v1/leads", "{\"lastName\": \"Right source\", \"sourceId\": \"" + forA + "\"}");

        assertThat(admin.patch(SOURCES + "/" + forA, "{\"active\": false, \"position\": 1, \"name\": \"Road show " + tag + "\"}"))
                .hasStatusOk().bodyJson().hasPathSatisfying("$.active", active -> assertThat(active).isEqualTo(false))
                .hasPathSatisfying("$.position", position -> assertThat(position).isEqualTo(1));
        assertThat(ids(salesA.get(SOURCES))).doesNotContain(forA);
        assertThat(salesA.patch("/api/v1/leads/" + lead, "{\"title\": \"Kept\"}")).as("a lead keeps its deactivated source")
                .hasStatusOk().bodyJson().extractingPath("$.sourceId").isEqualTo(forA);
        assertThat(admin.patch(SOURCES + "/" + forA, "{\"active\": \"no\"}")).hasStatus(422);
    }

    @Test
    void administratorsAddRenameReorderAndDeactivateOnThePage() {
        Cookie admin = PageSessions.signInAsAdministrator(mvc);
        String name = "Podcast " + ApiCalls.unique();

        assertThat(mvc.post().uri("/admin/reference-data/lead-sources").with(csrf()).cookie(admin).param("name", name))
                .hasStatus3xxRedirection().hasRedirectedUrl("/admin/reference-data/lead-sources");
        Document page = html(mvc.get().uri("/admin/reference-data/lead-sources").cookie(admin).exchange());
        List<String> names = page.select("[data-testid=reference-entries] input[name=name]").eachAttr("value");
        assertThat(names).last().isEqualTo(name);
        String move = page.select("[data-testid=reference-entries] tr").last().select("form[action$=/move]").attr("action");

        assertThat(mvc.post().uri(move).with(csrf()).cookie(admin).param("direction", "up")).hasStatus3xxRedirection();
        List<String> after = html(mvc.get().uri("/admin/reference-data/lead-sources").cookie(admin).exchange())
                .select("[data-testid=reference-entries] input[name=name]").eachAttr("value");
        assertThat(after.get(after.size() - 2)).isEqualTo(name);
        assertThat(html(mvc.get().uri("/admin/reference-data/industries").cookie(admin).exchange())
                .select("[data-testid=reference-kinds] a.active").text()).isEqualTo("Industries");
        assertThat(mvc.get().uri("/admin/reference-data/colours").cookie(admin).exchange()).hasStatus(404);
    }

    private static List<String> names(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return ApiCalls.read(result, "$.data[*].name");
    }

    private static List<String> ids(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return ApiCalls.read(result, "$.data[*].id");
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
