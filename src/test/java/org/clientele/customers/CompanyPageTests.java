package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Preferences;
import org.clientele.identity.Role;
import org.clientele.identity.UserManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The company pages: list, htmx refresh, search, sort and paging, create, validation, edit, delete. */
@ClienteleTest
class CompanyPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CompanyManagement companies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    private Cookie admin;
    private long adminId;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        adminId = setup.firstAdministratorId().orElseThrow();
    }

    @Test
    void listShowsCompaniesAndHtmxRefreshesOnlyTheResults() {
        String tag = ApiCalls.unique();
        create("Globex " + tag, "FR");

        Document page = html(mvc.get().uri("/companies?q=" + tag).cookie(admin).exchange());
        assertThat(page.select("[data-testid=companies] tbody tr")).hasSize(1);
        assertThat(page.select("[data-testid=companies] td").text()).contains("Globex " + tag, "France");
        assertThat(page.select("nav.navbar")).as("the layout").isNotEmpty();
        assertThat(page.select("form[data-testid=company-filters]").attr("hx-get")).isEqualTo("/companies");

        MvcTestResult fragment = mvc.get().uri("/companies?q=" + tag + "&country=FR").header("HX-Request", "true").cookie(admin).exchange();
        assertThat(fragment).hasStatusOk().hasHeader("Vary", "HX-Request");
        Document results = html(fragment);
        assertThat(results.select("nav.navbar")).as("no layout in the fragment").isEmpty();
        assertThat(results.select("#company-results [data-testid=companies] tbody tr")).hasSize(1);
        assertThat(html(mvc.get().uri("/companies?q=" + tag + "&country=DE").header("HX-Request", "true").cookie(admin).exchange())
                .select("[data-testid=companies-no-match]")).hasSize(1);
        assertThat(html(mvc.get().uri("/companies?q=" + tag).header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                .cookie(admin).exchange()).select("nav.navbar")).as("history restore gets the whole page").isNotEmpty();
    }

    @Test
    void aNewUserIsInvitedToCreateTheFirstCompany() {
        Account sales = TestAccounts.create(context, "Newcomer", Set.of(Role.SALES));
        Cookie session = PageSessions.signIn(mvc, sales.email(), sales.password());

        Document page = html(mvc.get().uri("/companies").cookie(session).exchange());

        assertThat(page.select("[data-testid=companies-empty] a").attr("href")).isEqualTo("/companies/new");
        assertThat(page.select("nav.navbar a[href=/companies]")).as("navigation entry").hasSize(1);
    }

    @Test
    void columnHeadersSortAndNextPageLinksReadOn() {
        String tag = ApiCalls.unique();
        for (int i = 0; i < 27; i++) {
            create(String.format("Paged %02d %s", i, tag), null);
        }

        Document first = html(mvc.get().uri("/companies?q=" + tag).cookie(admin).exchange());
        assertThat(first.select("[data-testid=companies] tbody tr")).hasSize(25);
        assertThat(first.select("[data-testid=companies] tbody tr td:nth-child(2)").first().text()).isEqualTo("Paged 00 " + tag);
        String next = first.select("[data-testid=next-page]").attr("href");
        Document second = html(mvc.get().uri(next).header("HX-Request", "true").cookie(admin).exchange());
        assertThat(second.select("[data-testid=companies] tbody tr td:nth-child(2)").eachText())
                .containsExactly("Paged 25 " + tag, "Paged 26 " + tag);
        assertThat(second.select("[data-testid=first-page]")).hasSize(1);

        String descending = first.select("th[aria-sort=ascending] a").attr("href");
        assertThat(descending).contains("sort=-name").contains("q=" + tag);
        assertThat(html(mvc.get().uri(descending).cookie(admin).exchange()).select("[data-testid=companies] tbody tr td:nth-child(2)")
                .first().text()).isEqualTo("Paged 26 " + tag);
    }

    @Test
    void createsACompanyThroughTheForm() {
        assertThat(mvc.get().uri("/companies/new").cookie(admin)).hasStatusOk();
        String name = "Initech " + ApiCalls.unique();

        MvcTestResult created = mvc.post().uri("/companies").with(csrf()).cookie(admin)
                .param("name", name).param("emails", "hello@initech.example\nsales@initech.example").param("phones", "0171 2345678")
                .param("country", "DE").param("city", "Köln").param("ownerId", Long.toString(adminId)).param("teamId", "")
                .exchange();

        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/companies/\\d+");
        Document page = html(mvc.get().uri(location).cookie(admin).exchange());
        assertThat(page.select("[data-testid=flash]").text()).contains(name);
        assertThat(page.select("[data-testid=company-name]").text()).isEqualTo(name);
        assertThat(page.text()).contains("+49 171 2345678", "sales@initech.example", "Köln", "Germany");
    }

    @Test
    void badInputIsShownNextToTheFieldsAndKeepsWhatWasTyped() {
        MvcTestResult result = mvc.post().uri("/companies").with(csrf()).cookie(admin)
                .param("name", "  ").param("emails", "fine@example.com\nnot-an-address").param("phones", "12")
                .param("website", "not a site").param("ownerId", Long.toString(adminId)).exchange();

        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select(".is-invalid").eachAttr("name")).containsExactlyInAnyOrder("name", "emails", "phones", "website");
        assertThat(page.select("#emails-errors").text()).contains("“not-an-address” is not a valid e-mail address.");
        assertThat(page.select("#name-errors").text()).isEqualTo("This field is required.");
        assertThat(page.select("textarea[name=emails]").val()).isEqualTo("fine@example.com\nnot-an-address");
        assertThat(page.select("input[name=website]").val()).isEqualTo("not a site");
    }

    @Test
    void editsAndRefusesAnEditMadeFromAnOutdatedVersion() {
        CompanyView company = create("Umbrella " + ApiCalls.unique(), "GB");
        Document form = html(mvc.get().uri("/companies/" + company.id() + "/edit").cookie(admin).exchange());
        assertThat(form.select("input[name=name]").val()).isEqualTo(company.name());
        assertThat(form.select("select[name=country] option[selected]").val()).isEqualTo("GB");

        assertThat(mvc.post().uri("/companies/" + company.id()).with(csrf()).cookie(admin).param("name", "Umbrella renamed")
                .param("country", "GB").param("ownerId", Long.toString(adminId)).param("version", "0"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/companies/" + company.id());
        MvcTestResult stale = mvc.post().uri("/companies/" + company.id()).with(csrf()).cookie(admin).param("name", "Lost")
                .param("ownerId", Long.toString(adminId)).param("version", "0").exchange();
        assertThat(stale).hasStatusOk();
        assertThat(html(stale).select(".alert-warning").text()).contains("Someone else saved this record");
        assertThat(jdbc.sql("select name from companies where id = ?").param(company.id()).query(String.class).single())
                .isEqualTo("Umbrella renamed");
    }

    @Test
    void deletesAfterConfirmation() {
        CompanyView company = create("Doomed " + ApiCalls.unique(), null);

        assertThat(html(mvc.get().uri("/companies/" + company.id() + "/delete").cookie(admin).exchange())
                .select("[data-testid=confirm-delete]")).hasSize(1);
        assertThat(mvc.post().uri("/companies/" + company.id() + "/delete").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection().hasRedirectedUrl("/companies");
        assertThat(jdbc.sql("select count(*) from companies where id = ?").param(company.id()).query(Integer.class).single()).isZero();
        assertThat(mvc.get().uri("/companies/" + company.id()).cookie(admin)).hasStatus(404);
    }

    @Test
    void pagesOfCompaniesOthersOwnLookMissing() {
        Account owner = TestAccounts.create(context, "Owner", Set.of(Role.SALES));
        Account other = TestAccounts.create(context, "Other", Set.of(Role.SALES));
        CompanyView theirs = companies.create(owner.user().id(), new CompanyForm("Private " + ApiCalls.unique(), null, null, null, null,
                null, null, null, owner.user().id(), null, null));
        Cookie session = PageSessions.signIn(mvc, other.email(), other.password());

        assertThat(mvc.get().uri("/companies/" + theirs.id()).cookie(session)).hasStatus(404);
        assertThat(mvc.get().uri("/companies/" + theirs.id() + "/edit").cookie(session)).hasStatus(404);
        assertThat(mvc.post().uri("/companies/" + theirs.id() + "/delete").with(csrf()).cookie(session)).hasStatus(404);
        assertThat(html(mvc.get().uri("/companies?q=" + theirs.name()).cookie(session).exchange())
                .select("[data-testid=companies-no-match]")).hasSize(1);
    }

    @Test
    void speaksTheReadersLanguageWithCountryNamesAndTimesInTheirZone() {
        Account reader = TestAccounts.create(context, "Leserin", Set.of(Role.MANAGER));
        context.getBean(UserManagement.class).changePreferences(reader.user().id(), new Preferences("Leserin", "de", "Asia/Tokyo"));
        String tag = ApiCalls.unique();
        companies.create(reader.user().id(), new CompanyForm("Fromagerie " + tag, null, null, null, null,
                new Address(null, null, "Lyon", null, "FR"), null, null, reader.user().id(), null, null));
        jdbc.sql("update companies set created_at = ? where sort_name = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.parse("2026-01-15T12:00:00Z")), "fromagerie " + tag).update();
        Cookie session = PageSessions.signIn(mvc, reader.email(), reader.password());

        Document page = html(mvc.get().uri("/companies?q=" + tag).cookie(session).exchange());

        assertThat(page.select("h1").text()).isEqualTo("Firmen");
        assertThat(page.select("[data-testid=companies] tbody td").eachText()).contains("Frankreich", "15.01.2026, 21:00");
    }

    private CompanyView create(String name, String country) {
        return companies.create(adminId, new CompanyForm(name, null, null, null, null,
                new Address(null, null, null, null, country), null, null, adminId, null, null));
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
