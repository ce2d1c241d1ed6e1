package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
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

/** The deal pages: form (prefilled from a company), validation next to fields, detail with actions, lines and history, deletion. */
@ClienteleTest
class DealPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    private Cookie admin;
    private long adminId;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        adminId = setup.firstAdministratorId().orElseThrow();
    }

    @Test
    void theFormIsPrefilledFromACompanyShowsProblemsNextToFieldsAndCreatesTheDeal() {
        String tag = DealCalls.unique();
        String company = new DealCalls(mvc, encoder, adminId).company("Page Co " + tag);

        Document form = html(mvc.get().uri("/deals/new?companyId=" + company).cookie(admin).exchange());
        assertThat(form.select("#companyId option[selected]").attr("value")).isEqualTo(company);
        assertThat(form.select("#currency").val()).isEqualTo("EUR");

        Document refused = html(post("/deals", "name", " ", "currency", "XX", "companyId", company, "ownerId", Long.toString(adminId)));
        assertThat(refused.select(".is-invalid").eachAttr("name")).containsExactlyInAnyOrder("name", "currency");
        assertThat(refused.select("#currency-errors").text()).isEqualTo("Enter an ISO 4217 currency code such as EUR.");

        MvcTestResult created = post("/deals", "name", "Page deal " + tag, "currency", "EUR", "amount", "1500", "companyId", company,
                "ownerId", Long.toString(adminId));
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        Document page = html(mvc.get().uri(location).cookie(admin).exchange());
        assertThat(page.select("[data-testid=deal-name]").text()).isEqualTo("Page deal " + tag);
        assertThat(page.select("[data-testid=deal-status]").text()).isEqualTo("Open");
        assertThat(page.select("[data-testid=deal-amount]").text()).isEqualTo("1,500.00 EUR");
        assertThat(page.select("[data-testid=back-to-deals]").attr("href")).isEqualTo("/deals");
        assertThat(page.select("[data-testid=stage-history] tbody tr")).hasSize(1);
        assertThat(page.select("a[href=/companies/" + company + "]").text()).isEqualTo("Page Co " + tag);
    }

    @Test
    void aValueThatIsNoNumberWhereAnIdBelongsIsAProblemAtItsFieldNotAnError() {
        MvcTestResult refused = post("/deals", "name", "Crafted deal", "currency", "EUR", "companyId", "abc", "ownerId", Long.toString(adminId));
        assertThat(refused).hasStatusOk();
        Document form = html(refused);
        assertThat(form.select(".is-invalid").eachAttr("name")).contains("companyId");
        assertThat(form.select("#companyId-errors").text()).isEqualTo("This value is not valid.");
        assertThat(form.select("#name").val()).isEqualTo("Crafted deal");
    }

    @Test
    void losingAsksForAReasonLinesAddUpAndTheHistoryShowsEveryStage() {
        String deal = newDeal("Actions " + DealCalls.unique());

        assertThat(html(follow(post(deal + "/lose"))).select(".alert").text()).contains("Choose why the deal was lost.");
        follow(post(deal + "/stage", "stageId", stage("Proposal")));
        Document lost = html(follow(post(deal + "/lose", "closingReasonId", reason("No budget"))));
        assertThat(lost.select("[data-testid=deal-status]").text()).isEqualTo("Lost");
        assertThat(lost.select("[data-testid=closing-reason]").text()).isEqualTo("No budget");
        assertThat(lost.select("[data-testid=lose]")).as("a lost deal is not lost again").isEmpty();

        Document reopened = html(follow(post(deal + "/reopen")));
        assertThat(reopened.select("[data-testid=deal-stage]").text()).isEqualTo("Proposal");
        assertThat(reopened.select("#lose-dialog select[required] option").eachText()).contains("Choose a reason", "No budget");
        assertThat(reopened.select("[data-testid=stage-history] tbody tr td:first-child").eachText())
                .containsExactly("Qualification", "Proposal", "Lost", "Proposal");

        follow(post(deal + "/lines", "description", "Seats", "quantity", "3", "unitPrice", "19.99", "discountPercent", "10"));
        Document withLines = html(follow(post(deal + "/lines", "description", "Setup", "quantity", "1", "unitPrice", "0.125")));
        assertThat(withLines.select("[data-testid=deal-amount]").text()).isEqualTo("54.10 EUR");
        assertThat(html(follow(post(deal + "/lines", "description", "Bad", "quantity", "many", "unitPrice", "1")))
                .select(".alert").text()).contains("must be numbers");
        String seats = jdbc.sql("select id from deal_lines where deal_id = ? and description = 'Seats'")
                .param(Long.parseLong(deal.substring("/deals/".length()))).query(Long.class).single().toString();
        Document changed = html(follow(post(deal + "/lines/" + seats, "description", "Seats", "quantity", "1", "unitPrice", "10")));
        assertThat(changed.select("[data-testid=deal-amount]").text()).isEqualTo("10.13 EUR");
        Document removed = html(follow(post(deal + "/lines/" + seats + "/delete")));
        assertThat(removed.select("[data-testid=deal-lines] tbody tr")).hasSize(2);
    }

    @Test
    void deletingAsksFirst() {
        String deal = newDeal("Delete " + DealCalls.unique());

        assertThat(html(mvc.get().uri(deal + "/delete").cookie(admin).exchange()).select("[data-testid=confirm-delete]")).hasSize(1);
        assertThat(post(deal + "/delete")).hasStatus3xxRedirection().hasRedirectedUrl("/deals");
        assertThat(mvc.get().uri(deal).cookie(admin).exchange()).hasStatus(404);
    }

    private String newDeal(String name) {
        MvcTestResult created = post("/deals", "name", name, "currency", "EUR", "ownerId", Long.toString(adminId));
        assertThat(created).hasStatus3xxRedirection();
        assertThat(follow(created)).hasStatusOk();
        return created.getResponse().getRedirectedUrl();
    }

    private MvcTestResult follow(MvcTestResult redirect) {
        assertThat(redirect).hasStatus3xxRedirection();
        var request = mvc.get().uri(redirect.getResponse().getRedirectedUrl()).cookie(admin);
        if (redirect.getMvcResult().getFlashMap() != null) {
            request = request.flashAttrs(redirect.getMvcResult().getFlashMap());
        }
        return request.exchange();
    }

    private MvcTestResult post(String path, String... params) {
        var request = mvc.post().uri(path).with(csrf()).cookie(admin);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private String stage(String name) {
        return jdbc.sql("select s.id from pipeline_stages s join pipelines p on p.id = s.pipeline_id where p.name = 'Sales' "
                + "and p.is_default and s.name = ?").param(name).query(Long.class).single().toString();
    }

    private String reason(String name) {
        return jdbc.sql("select id from closing_reasons where name = ? and team_id is null").param(name).query(Long.class).single()
                .toString();
    }

    static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
