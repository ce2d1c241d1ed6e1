package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.sales.deals.DealPageTests.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Administrators create pipelines, add, reorder and deactivate stages (never the last won one), and add closing reasons. */
@ClienteleTest
class PipelineAdminPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private Cookie admin;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
    }

    @Test
    void aNewPipelineGetsStagesThatCanBeReorderedButKeepsAWonStage() {
        String name = "Service " + DealCalls.unique();
        follow(post("/admin/pipelines", "name", name));
        long pipeline = jdbc.sql("select id from pipelines where name = ?").param(name).query(Long.class).single();
        follow(post("/admin/pipelines/" + pipeline + "/stages", "name", "Quote sent", "probability", "40", "outcome", "OPEN"));
        long quote = stageId(pipeline, "Quote sent");
        follow(post("/admin/pipelines/stages/" + quote + "/move", "up", "true"));
        follow(post("/admin/pipelines/stages/" + quote + "/move", "up", "true"));

        Document page = html(mvc.get().uri("/admin/pipelines").cookie(admin).exchange());
        assertThat(page.select("[data-testid=pipeline-" + pipeline + "] tbody input[name=name]").eachAttr("value"))
                .containsExactly("New", "Quote sent", "Won", "Lost");
        assertThat(page.select("nav a[href=/admin/pipelines]")).isNotEmpty();

        Document refused = html(follow(post("/admin/pipelines/stages/" + stageId(pipeline, "Won") + "/active", "active", "false")));
        assertThat(refused.select(".alert").text()).contains("last active stage of its kind");
        follow(post("/admin/pipelines/stages/" + quote, "name", "Quote", "probability", "140", "outcome", "OPEN"));
        assertThat(jdbc.sql("select name from pipeline_stages where id = ?").param(quote).query(String.class).single())
                .as("a probability over 100 is refused").isEqualTo("Quote sent");
    }

    @Test
    void closingReasonsAreAddedAsSuccessOrNot() {
        String name = "Reference customer " + DealCalls.unique();
        follow(post("/admin/closing-reasons", "name", name, "success", "true"));

        Document page = html(mvc.get().uri("/admin/closing-reasons").cookie(admin).exchange());
        assertThat(page.select("[data-testid=closing-reasons] input[name=name]").eachAttr("value")).contains(name, "Price too high");
        assertThat(jdbc.sql("select success from closing_reasons where name = ?").param(name).query(Boolean.class).single()).isTrue();
    }

    private long stageId(long pipeline, String name) {
        return jdbc.sql("select id from pipeline_stages where pipeline_id = ? and name = ?").param(pipeline).param(name)
                .query(Long.class).single();
    }

    private MvcTestResult follow(MvcTestResult redirect) {
        assertThat(redirect).hasStatus3xxRedirection();
        return mvc.get().uri(redirect.getResponse().getRedirectedUrl()).cookie(admin).flashAttrs(redirect.getMvcResult().getFlashMap()).exchange();
    }

    private MvcTestResult post(String path, String... params) {
        var request = mvc.post().uri(path).with(csrf()).cookie(admin);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }
}
