package org.clientele.customers;

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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The lead pages: list with status tabs and htmx refresh, form, qualify, disqualify with a reason, reopen, convert, delete. */
@ClienteleTest
class LeadPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    LeadManagement leads;

    @Autowired
    CompanyManagement companies;

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
    void listShowsLeadsByStatusAndHtmxRefreshesOnlyTheResults() {
        String tag = ApiCalls.unique();
        LeadView open = lead("Olga", "Open " + tag, "Open Co " + tag);
        LeadView gone = lead("Gus", "Gone " + tag, null);
        post("/leads/" + gone.id() + "/disqualify", "reason", "Moved away");

        Document page = html(mvc.get().uri("/leads?q=" + tag).cookie(admin).exchange());
        assertThat(page.select("nav.navbar a[href=/leads]")).as("navigation entry").hasSize(1);
        assertThat(page.select("[data-testid=leads] tbody td").text()).contains("Olga Open " + tag, "Open Co " + tag, "Gus Gone " + tag);
        assertThat(page.select("[data-testid=lead-status-tabs] a").eachText())
                .containsExactly("All", "New", "Qualified", "Disqualified", "Converted");

        Document disqualified = html(mvc.get().uri("/leads?status=DISQUALIFIED&q=" + tag).header("HX-Request", "true").cookie(admin)
                .exchange());
        assertThat(disqualified.select("nav.navbar")).isEmpty();
        assertThat(disqualified.select("#lead-results [data-testid=leads] tbody tr")).hasSize(1);
        assertThat(disqualified.select("[data-testid=lead-status]").text()).isEqualTo("Disqualified");
        assertThat(html(mvc.get().uri("/leads?q=nobody-" + tag).header("HX-Request", "true").cookie(admin).exchange())
                .select("[data-testid=leads-no-match]")).hasSize(1);
        assertThat(open.status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void badInputIsShownNextToTheFieldsAndGoodInputCreatesTheLead() {
        MvcTestResult refused = mvc.post().uri("/leads").with(csrf()).cookie(admin).param("firstName", " ").param("email", "nope")
                .param("title", "Chief").param("ownerId", Long.toString(adminId)).exchange();

        Document form = html(refused);
        assertThat(form.select(".is-invalid").eachAttr("name")).containsExactlyInAnyOrder("lastName", "email");
        assertThat(form.select("#lastName-errors").text()).isEqualTo("Give a first name, a last name or a company name.");
        assertThat(form.select("input[name=title]").val()).isEqualTo("Chief");
        assertThat(form.select("select[name=sourceId] option").eachText()).contains("Website", "Trade fair");

        MvcTestResult created = mvc.post().uri("/leads").with(csrf()).cookie(admin).param("firstName", "Rita").param("lastName", "Page")
                .param("companyName", "Page Print").param("phone", "+44 20 7946 0000").param("ownerId", Long.toString(adminId))
                .param("sourceId", Long.toString(sourceId("Website"))).exchange();
        assertThat(created).hasStatus3xxRedirection();
        Document lead = html(mvc.get().uri(created.getResponse().getRedirectedUrl()).cookie(admin).exchange());
        assertThat(lead.select("[data-testid=lead-name]").text()).isEqualTo("Rita Page");
        assertThat(lead.select("[data-testid=lead-status]").text()).isEqualTo("New");
        assertThat(lead.select("[data-testid=lead-source]").text()).isEqualTo("Website");
        assertThat(lead.text()).contains("+44 20 7946 0000");
    }

    @Test
    void qualifiesDisqualifiesWithAReasonAndReopens() {
        LeadView lead = lead("Quinn", "Status " + ApiCalls.unique(), null);
        String path = "/leads/" + lead.id();

        assertThat(html(get(path)).select("[data-testid=lead-actions] [data-testid]").eachAttr("data-testid"))
                .containsExactly("qualify", "convert", "disqualify");
        assertThat(post(path + "/qualify")).hasRedirectedUrl(path);
        assertThat(html(get(path)).select("[data-testid=lead-status]").text()).isEqualTo("Qualified");

        assertThat(html(get(path + "/disqualify")).select("textarea[name=reason]")).hasSize(1);
        Document refused = html(post(path + "/disqualify", "reason", " "));
        assertThat(refused.select("#reason-errors").text()).isEqualTo("This field is required.");
        assertThat(post(path + "/disqualify", "reason", "No budget this year")).hasRedirectedUrl(path);
        Document disqualified = html(get(path));
        assertThat(disqualified.select("[data-testid=lead-disqualified]").text()).contains("No budget this year");
        assertThat(disqualified.select("[data-testid=lead-actions] [data-testid]").eachAttr("data-testid")).containsExactly("reopen");

        assertThat(post(path + "/reopen")).hasRedirectedUrl(path);
        assertThat(html(get(path)).select("[data-testid=lead-status]").text()).isEqualTo("New");
    }

    @Test
    void convertsAfterChoosingASuggestedCompanyAndShowsWhereItWent() {
        String tag = ApiCalls.unique();
        CompanyView existing = companies.create(adminId, new CompanyForm("Conversion " + tag, null, null, null, null, null, null, null,
                adminId, null, null));
        LeadView lead = lead("Cleo", "Convert " + tag, "conversion " + tag);
        String path = "/leads/" + lead.id();

        Document confirmation = html(get(path + "/convert"));
        assertThat(confirmation.select("[data-testid=company-choice] input[name=companyId]").eachAttr("value"))
                .containsExactly(Long.toString(existing.id()), "");
        assertThat(confirmation.select("[data-testid=company-choice] input[checked]").val()).isEqualTo(Long.toString(existing.id()));
        assertThat(confirmation.select("[data-testid=contact-choice] input[name=contactId]").eachAttr("value")).containsExactly("");

        assertThat(mvc.post().uri(path + "/convert").with(csrf()).cookie(admin).param("companyId", Long.toString(existing.id()))
                .param("contactId", "")).hasStatus3xxRedirection().hasRedirectedUrl(path);

        Document converted = html(get(path));
        assertThat(converted.select("[data-testid=lead-status]").text()).isEqualTo("Converted");
        assertThat(converted.select("[data-testid=lead-actions]")).isEmpty();
        assertThat(converted.select("[data-testid=converted-company]").attr("href")).isEqualTo("/companies/" + existing.id());
        String contactLink = converted.select("[data-testid=converted-contact]").attr("href");
        assertThat(contactLink).startsWith("/contacts/");
        assertThat(html(get(contactLink)).select("[data-testid=from-lead] a").attr("href")).isEqualTo(path);
        assertThat(html(get("/companies/" + existing.id())).select("[data-testid=from-lead] a").text())
                .isEqualTo("Converted from lead Cleo Convert " + tag);

        assertThat(get(path + "/edit")).hasStatus3xxRedirection().hasRedirectedUrl(path);
        assertThat(post(path + "/delete")).hasRedirectedUrl(path);
        assertThat(jdbc.sql("select status from leads where id = ?").param(lead.id()).query(String.class).single()).isEqualTo("CONVERTED");
    }

    @Test
    void deletesAfterConfirmation() {
        LeadView lead = lead("Dora", "Delete " + ApiCalls.unique(), null);

        assertThat(html(get("/leads/" + lead.id() + "/delete")).select("[data-testid=confirm-delete]")).hasSize(1);
        assertThat(post("/leads/" + lead.id() + "/delete")).hasRedirectedUrl("/leads");
        assertThat(jdbc.sql("select count(*) from leads where id = ?").param(lead.id()).query(Integer.class).single()).isZero();
    }

    private LeadView lead(String firstName, String lastName, String companyName) {
        return leads.create(adminId, new LeadForm(firstName, lastName, null, null, null, companyName, null, null, null, null, null, null,
                null, adminId, null, null));
    }

    private long sourceId(String name) {
        return jdbc.sql("select id from lead_sources where name = ? and team_id is null").param(name).query(Long.class).single();
    }

    private MvcTestResult get(String path) {
        return mvc.get().uri(path).cookie(admin).exchange();
    }

    private MvcTestResult post(String path, String... params) {
        var request = mvc.post().uri(path).with(csrf()).cookie(admin);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MvcTestResult result = request.exchange();
        return result;
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
