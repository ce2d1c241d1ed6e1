package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

/** Duplicate warnings on the create forms, creating anyway, and merging through the pages. */
@ClienteleTest
class MergePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SetupStatus setup;

    @Autowired
    CompanyManagement companies;

    @Autowired
    ContactManagement contacts;

    @Autowired
    JdbcClient jdbc;

    private Cookie admin;
    private long adminId;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        adminId = setup.firstAdministratorId().orElseThrow();
    }

    @Test
    void theCompanyFormWarnsOfLikelyDuplicatesAndCreatesAnywayWhenAsked() {
        String tag = ApiCalls.unique();
        CompanyView existing = company("Hooli " + tag, "hello@hooli-" + tag + ".example");

        MvcTestResult warned = mvc.post().uri("/companies").with(csrf()).cookie(admin).param("name", "Hooli " + tag)
                .param("emails", "sales@hooli-" + tag + ".example").param("ownerId", Long.toString(adminId)).exchange();

        Document page = html(warned);
        assertThat(page.select("[data-testid=duplicate-warning] a").eachAttr("href")).containsExactly("/companies/" + existing.id());
        assertThat(page.select("[data-testid=duplicate-warning]").text()).contains("same name");
        assertThat(page.select("input[name=emails], textarea[name=emails]").val()).isEqualTo("sales@hooli-" + tag + ".example");
        assertThat(page.select("button[data-testid=create-anyway]").attr("name")).isEqualTo("allowDuplicates");

        MvcTestResult created = mvc.post().uri("/companies").with(csrf()).cookie(admin).param("name", "Hooli " + tag)
                .param("emails", "sales@hooli-" + tag + ".example").param("ownerId", Long.toString(adminId))
                .param("allowDuplicates", "true").exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(created.getResponse().getRedirectedUrl()).matches("/companies/\\d+").isNotEqualTo("/companies/" + existing.id());
    }

    @Test
    void theCreateFormsCheckLiveAsFieldsChange() {
        String tag = ApiCalls.unique();
        CompanyView existing = company("Raviga " + tag, "info@raviga-" + tag + ".example");

        Document form = html(mvc.get().uri("/companies/new").cookie(admin).exchange());
        assertThat(form.select("form[data-testid=company-form]").attr("hx-get")).isEqualTo("/companies/duplicate-check");
        assertThat(form.select("#duplicate-hints")).hasSize(1);
        assertThat(html(mvc.get().uri("/companies/" + existing.id() + "/edit").cookie(admin).exchange())
                .select("form[data-testid=company-form]").hasAttr("hx-get")).as("no check on edits").isFalse();

        Document hints = html(mvc.get().uri("/companies/duplicate-check").header("HX-Request", "true").cookie(admin)
                .param("name", "Someone").param("website", "www.raviga-" + tag + ".example").exchange());
        assertThat(hints.select("[data-testid=duplicate-hints] a").eachAttr("href")).containsExactly("/companies/" + existing.id());
        assertThat(hints.select("nav.navbar")).isEmpty();
        assertThat(html(mvc.get().uri("/companies/duplicate-check").cookie(admin).param("name", "Nobody " + tag).exchange())
                .select("[data-testid=duplicate-hints]")).isEmpty();
        assertThat(html(mvc.get().uri("/contacts/duplicate-check").cookie(admin).param("emails", "info@raviga-" + tag + ".example")
                .param("companyId", "not a number").exchange()).select("[data-testid=duplicate-hints]")).as("unreadable input").isEmpty();
        assertThat(html(mvc.get().uri("/leads/duplicate-check").cookie(admin).param("companyEmail", "x@raviga-" + tag + ".example")
                .exchange()).select("[data-testid=duplicate-hints] a").eachAttr("href")).containsExactly("/companies/" + existing.id());
    }

    @Test
    void theContactAndLeadFormsWarnToo() {
        String tag = ApiCalls.unique();
        ContactView person = contacts.create(adminId, new ContactForm("Gavin", "Belson " + tag, null, null,
                List.of("gavin@belson-" + tag + ".example"), null, null, null, adminId, null, null));

        Document contactPage = html(mvc.post().uri("/contacts").with(csrf()).cookie(admin).param("lastName", "Other " + tag)
                .param("emails", "GAVIN@belson-" + tag + ".example").param("ownerId", Long.toString(adminId)).exchange());
        assertThat(contactPage.select("[data-testid=duplicate-warning] a").eachAttr("href")).containsExactly("/contacts/" + person.id());

        Document leadPage = html(mvc.post().uri("/leads").with(csrf()).cookie(admin).param("lastName", "Lead " + tag)
                .param("email", "gavin@belson-" + tag + ".example").param("ownerId", Long.toString(adminId)).exchange());
        assertThat(leadPage.select("[data-testid=duplicate-warning] a").eachAttr("href")).contains("/contacts/" + person.id());
        assertThat(leadPage.select("[data-testid=duplicate-warning]").text()).contains("contact", "same e-mail address");
    }

    @Test
    void mergingTwoCompaniesThroughThePages() {
        String tag = ApiCalls.unique();
        CompanyView survivor = company("Pied Piper " + tag, "info@piper-" + tag + ".example");
        CompanyView merged = company("Pied Piper Inc " + tag, "ceo@piper-" + tag + ".example");

        Document detail = html(mvc.get().uri("/companies/" + survivor.id()).cookie(admin).exchange());
        assertThat(detail.select("a[data-testid=merge]").attr("href")).isEqualTo("/companies/" + survivor.id() + "/merge");
        Document choose = html(mvc.get().uri("/companies/" + survivor.id() + "/merge").cookie(admin).exchange());
        assertThat(choose.select("[data-testid=merge-likely] a").eachAttr("href"))
                .containsExactly("/companies/" + survivor.id() + "/merge?otherId=" + merged.id());
        Document found = html(mvc.get().uri("/companies/" + survivor.id() + "/merge?q=Inc " + tag).cookie(admin).exchange());
        assertThat(found.select("[data-testid=merge-found] a").eachAttr("href"))
                .containsExactly("/companies/" + survivor.id() + "/merge?otherId=" + merged.id());

        Document compare = html(mvc.get().uri("/companies/" + survivor.id() + "/merge?otherId=" + merged.id()).cookie(admin).exchange());
        assertThat(compare.select("input[type=radio][name=field.name]").eachAttr("value")).containsExactly("SURVIVOR", "MERGED");
        assertThat(compare.select("input[type=radio][name=field.ownerId]")).as("the same owner needs no choice").isEmpty();
        assertThat(compare.select("label[for=field-name-MERGED]").text()).isEqualTo("Pied Piper Inc " + tag);
        assertThat(compare.select("a[data-testid=merge-swap]").attr("href"))
                .isEqualTo("/companies/" + merged.id() + "/merge?otherId=" + survivor.id());

        MvcTestResult done = mvc.post().uri("/companies/" + survivor.id() + "/merge").with(csrf()).cookie(admin)
                .param("otherId", Long.toString(merged.id())).param("field.name", "MERGED").param("field.email", "SURVIVOR").exchange();
        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/companies/" + survivor.id());
        assertThat(count("companies", merged.id())).isZero();
        assertThat(jdbc.sql("select name from companies where id = ?").param(survivor.id()).query(String.class).single())
                .isEqualTo("Pied Piper Inc " + tag);
        assertThat(jdbc.sql("select email from company_emails where company_id = ?").param(survivor.id()).query(String.class).list())
                .containsExactly("ceo@piper-" + tag + ".example");
    }

    @Test
    void mergingTwoContactsThroughThePagesAndAMistakeIsShown() {
        String tag = ApiCalls.unique();
        ContactView survivor = contacts.create(adminId, new ContactForm("Jared", "Dunn " + tag, null, null, null, null, null, null,
                adminId, null, null));
        ContactView merged = contacts.create(adminId, new ContactForm("Donald", "Dunn " + tag, "COO", null, null, null, null, null,
                adminId, null, null));

        Document compare = html(mvc.get().uri("/contacts/" + survivor.id() + "/merge?otherId=" + merged.id()).cookie(admin).exchange());
        assertThat(compare.select("input[type=radio][name=field.title]")).hasSize(2);

        MvcTestResult done = mvc.post().uri("/contacts/" + survivor.id() + "/merge").with(csrf()).cookie(admin)
                .param("otherId", Long.toString(merged.id())).param("field.title", "MERGED").exchange();
        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/contacts/" + survivor.id());
        assertThat(jdbc.sql("select title from contacts where id = ?").param(survivor.id()).query(String.class).single())
                .isEqualTo("COO");
        assertThat(count("contacts", merged.id())).isZero();

        assertThat(mvc.post().uri("/contacts/" + survivor.id() + "/merge").with(csrf()).cookie(admin)
                .param("otherId", Long.toString(survivor.id())).exchange()).hasStatusOk().bodyText().contains("Choose two different records.");
    }

    private long count(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    private CompanyView company(String name, String email) {
        return companies.create(adminId, new CompanyForm(name, null, null, List.of(email), null, null, null, null, adminId, null, null));
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
