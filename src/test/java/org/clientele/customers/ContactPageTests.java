package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Role;
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

/** The contact pages: list and htmx refresh, the company's people, forms, earlier companies, deletion. */
@ClienteleTest
class ContactPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CompanyManagement companies;

    @Autowired
    ContactManagement contacts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    @Autowired
    TagManagement tags;

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
    void listShowsContactsWithTheirCompanyAndHtmxRefreshesOnlyTheResults() {
        String tag = ApiCalls.unique();
        CompanyView company = company("Hooli " + tag);
        contacts.create(adminId, new ContactForm("Gavin", "Belson " + tag, "CEO", company.id(), null, null, null, null, adminId, null, null));

        Document page = html(mvc.get().uri("/contacts?q=" + tag).cookie(admin).exchange());
        assertThat(page.select("[data-testid=contacts] tbody td").text()).contains("Gavin Belson " + tag, "Hooli " + tag, "CEO");
        assertThat(page.select("nav.navbar a[href=/contacts]")).as("navigation entry").hasSize(1);

        Document fragment = html(mvc.get().uri("/contacts?companyId=" + company.id()).header("HX-Request", "true").cookie(admin).exchange());
        assertThat(fragment.select("nav.navbar")).isEmpty();
        assertThat(fragment.select("#contact-results [data-testid=contacts] tbody tr")).hasSize(1);
        assertThat(html(mvc.get().uri("/contacts?q=nobody-" + tag).header("HX-Request", "true").cookie(admin).exchange())
                .select("[data-testid=contacts-no-match]")).hasSize(1);
    }

    @Test
    void addsAPersonFromTheCompanyPage() {
        CompanyView company = company("Pied Piper " + ApiCalls.unique());
        Document companyPage = html(mvc.get().uri("/companies/" + company.id()).cookie(admin).exchange());
        String addLink = companyPage.select("[data-testid=add-contact]").attr("href");
        assertThat(addLink).isEqualTo("/contacts/new?companyId=" + company.id());
        Document form = html(mvc.get().uri(addLink).cookie(admin).exchange());
        assertThat(form.select("select[name=companyId] option[selected]").val()).isEqualTo(Long.toString(company.id()));

        MvcTestResult created = mvc.post().uri("/contacts").with(csrf()).cookie(admin).param("firstName", "Richard")
                .param("lastName", "Hendricks").param("companyId", Long.toString(company.id())).param("birthday", "1990-03-12")
                .param("phones", "+1 650 253 0000").param("ownerId", Long.toString(adminId)).exchange();

        assertThat(created).hasStatus3xxRedirection();
        Document contactPage = html(mvc.get().uri(created.getResponse().getRedirectedUrl()).cookie(admin).exchange());
        assertThat(contactPage.select("[data-testid=contact-name]").text()).isEqualTo("Richard Hendricks");
        assertThat(contactPage.select("[data-testid=contact-position] a").attr("href")).isEqualTo("/companies/" + company.id());
        assertThat(contactPage.text()).contains("+1 650-253-0000", "March 12, 1990");
        assertThat(html(mvc.get().uri("/companies/" + company.id()).cookie(admin).exchange()).select("[data-testid=company-contacts]")
                .text()).contains("Richard Hendricks");
        assertThat(html(mvc.get().uri("/companies/" + company.id() + "/delete").cookie(admin).exchange())
                .select("[data-testid=delete-refused]")).as("a company with people is not offered for deletion").hasSize(1);
    }

    @Test
    void badInputIsShownNextToTheFields() {
        MvcTestResult result = mvc.post().uri("/contacts").with(csrf()).cookie(admin).param("firstName", "").param("lastName", " ")
                .param("title", "Chief of Everything").param("birthday", "2999-12-31").param("ownerId", Long.toString(adminId)).exchange();

        Document page = html(result);
        assertThat(page.select(".is-invalid").eachAttr("name")).containsExactlyInAnyOrder("firstName", "birthday");
        assertThat(page.select("#firstName-errors").text()).isEqualTo("Give a first name, a last name or both.");
        assertThat(page.select("input[name=title]").val()).isEqualTo("Chief of Everything");
        assertThat(page.select("input[name=birthday]").val()).isEqualTo("2999-12-31");
    }

    @Test
    void aMoveToAnotherCompanyKeepsThePreviousOneInTheHistory() {
        String tag = ApiCalls.unique();
        CompanyView before = company("Before " + tag);
        CompanyView after = company("After " + tag);
        ContactView contact = contacts.create(adminId, new ContactForm("Jian", "Yang", null, before.id(), null, null, null, null, adminId,
                null, null));
        Document form = html(mvc.get().uri("/contacts/" + contact.id() + "/edit").cookie(admin).exchange());
        assertThat(form.select("input[name=version]").val()).isEqualTo("0");

        assertThat(mvc.post().uri("/contacts/" + contact.id()).with(csrf()).cookie(admin).param("firstName", "Jian").param("lastName", "Yang")
                .param("companyId", Long.toString(after.id())).param("ownerId", Long.toString(adminId)).param("version", "0"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/contacts/" + contact.id());

        Document page = html(mvc.get().uri("/contacts/" + contact.id()).cookie(admin).exchange());
        assertThat(page.select("[data-testid=contact-position]").text()).contains("After " + tag);
        assertThat(page.select("[data-testid=former-companies] a").eachText()).containsExactly("Before " + tag);
        assertThat(page.select("[data-testid=former-companies] a").attr("href")).isEqualTo("/companies/" + before.id());
    }

    @Test
    void theCompanyChoiceOffersMatchesByName() {
        String tag = ApiCalls.unique();
        CompanyView wanted = company("Raviga " + tag);
        company("Bachmanity " + tag);

        Document options = html(mvc.get().uri("/contacts/company-options?companySearch=raviga " + tag).header("HX-Request", "true")
                .cookie(admin).exchange());

        assertThat(options.select("option").eachAttr("value")).containsExactly("", Long.toString(wanted.id()));
    }

    @Test
    void deletesAfterConfirmation() {
        ContactView contact = contacts.create(adminId, new ContactForm("Erlich", "Bachman", null, null, null, null, null, null, adminId, null,
                null));

        assertThat(html(mvc.get().uri("/contacts/" + contact.id() + "/delete").cookie(admin).exchange())
                .select("[data-testid=confirm-delete]")).hasSize(1);
        assertThat(mvc.post().uri("/contacts/" + contact.id() + "/delete").with(csrf()).cookie(admin))
                .hasStatus3xxRedirection().hasRedirectedUrl("/contacts");
        assertThat(jdbc.sql("select count(*) from contacts where id = ?").param(contact.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void aReaderWhoMayNotChangeCustomersSeesTheContactWithoutItsForms() {
        String tag = ApiCalls.unique();
        ContactView contact = contacts.create(adminId, new ContactForm("Monica", "Hall " + tag, null, null, null, null, null, null, adminId,
                null, null));
        TagView carried = tags.create("Board " + tag, "green");
        tags.create("Angel " + tag, "blue");
        assertThat(mvc.post().uri("/contacts/" + contact.id() + "/tags").with(csrf()).cookie(admin)
                .param("tagId", Long.toString(carried.id()))).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/segments").with(csrf()).cookie(admin).param("name", "Investors " + tag).param("kind", "STATIC"))
                .hasStatus3xxRedirection();
        Account auditor = TestAccounts.create(context, "Reader " + tag, Set.of(Role.AUDITOR));
        Cookie reader = PageSessions.signIn(mvc, auditor.email(), auditor.password());
        String[] forms = {"a[href=/contacts/" + contact.id() + "/edit]", "[data-testid=merge]", "[data-testid=consent-form]",
                "[data-testid=remove-tag]", "[data-testid=add-tag]", "[data-testid=add-to-segment]"};

        Document asAdministrator = html(mvc.get().uri("/contacts/" + contact.id()).cookie(admin).exchange());
        Document asReader = html(mvc.get().uri("/contacts/" + contact.id()).cookie(reader).exchange());

        assertThat(asReader.select("[data-testid=contact-name]").text()).isEqualTo("Monica Hall " + tag);
        assertThat(asReader.select("footer nav[aria-label]")).as("no language switcher once signed in").isEmpty();
        assertThat(asReader.select("[data-testid=record-tags]").text()).contains("Board " + tag);
        for (String form : forms) {
            assertThat(asAdministrator.select(form)).as("the administrator's " + form).isNotEmpty();
            assertThat(asReader.select(form)).as("the reader's " + form).isEmpty();
        }
        String timeline = "/contacts/" + contact.id() + "/timeline";
        assertThat(html(mvc.get().uri(timeline).header("HX-Request", "true").cookie(admin).exchange())
                .select("#timeline-note-form, #timeline-call-form, #timeline-meeting-form")).hasSize(3);
        assertThat(html(mvc.get().uri(timeline).header("HX-Request", "true").cookie(reader).exchange())
                .select("#timeline-note-form, #timeline-call-form, #timeline-meeting-form, #timeline-kind")).hasSize(1);
    }

    private CompanyView company(String name) {
        return companies.create(adminId, new CompanyForm(name, null, null, null, null, null, null, null, adminId, null, null));
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
