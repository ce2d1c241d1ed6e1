package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.HtmlPages;
import org.clientele.testing.PageSessions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The company and contact choices that the deal, quotation, invoice, payment and contact forms
 * share (customers/fragments/picker): the same markup with each form's endpoint, and each
 * module's option endpoints answering through {@link CustomerPicker}.
 */
@ClienteleTest
class CustomerPickerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CompanyManagement companies;

    @Autowired
    ContactManagement contacts;

    @Autowired
    SetupStatus setup;

    private Cookie admin;
    private long adminId;

    @BeforeEach
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
        adminId = setup.firstAdministratorId().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"/deals/new?, /deals, true", "/quotes/new?, /quotes, true", "/invoices/new?, /invoices, true",
            "/payments/new?kind=CUSTOMER_PAYMENT&, /payments, false"})
    void eachFormShowsTheChoicesWithItsOwnEndpoint(String page, String endpoint, boolean atCompany) {
        String tag = ApiCalls.unique();
        long company = company("Chosen " + tag);
        long contact = contact("Ada", tag, company);

        Document form = HtmlPages.of(mvc.get().uri(page + "companyId=" + company + "&contactId=" + contact).cookie(admin).exchange());

        assertThat(form.select("label[for=companyId]").text()).isEqualTo("Company");
        assertSearch(form.selectFirst("#company-search"), "companySearch", "Search companies", endpoint + "/company-options", "#companyId",
                "#companyId");
        assertChoice(form.selectFirst("select#companyId"), "companyId", "No company", company);
        assertThat(form.select("label[for=contactId]").text()).isEqualTo("Contact");
        assertSearch(form.selectFirst("#contact-search"), "contactSearch", "Search contacts", endpoint + "/contact-options", "#contactId",
                atCompany ? "#contactId, #companyId" : "#contactId");
        assertChoice(form.selectFirst("select#contactId"), "contactId", "No contact", contact);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/deals?name=Picked&currency=EUR | Choose a company you can see. | Choose a contact you can see.",
            "/quotes?currency=EUR | No such company that you may see. | No such contact that you may see.",
            "/invoices?currency=EUR | Choose a company you may see. | Choose a contact you may see.",
            "/payments?kind=CUSTOMER_PAYMENT&amount=10&currency=EUR&paidOn=2026-01-15&method=BANK_TRANSFER | Choose a customer you can see. | Choose a customer you can see."})
    void problemsAreShownAtTheirChoice(String endpoint, String companyProblem, String contactProblem) {
        Document form = HtmlPages.of(mvc.post().uri(endpoint + "&ownerId=" + adminId).with(csrf()).cookie(admin)
                .param("companyId", "999999999999").param("contactId", "999999999999").exchange());

        assertThat(form.select("select#companyId.is-invalid")).hasSize(1);
        assertThat(form.select("#companyId-errors").text()).isEqualTo(companyProblem);
        assertThat(form.select("select#contactId.is-invalid")).hasSize(1);
        assertThat(form.select("#contactId-errors").text()).isEqualTo(contactProblem);
    }

    @ParameterizedTest
    @CsvSource({"/deals, true", "/quotes, true", "/invoices, true", "/payments, false", "/contacts, false"})
    void theOptionEndpointsOfferMatchesByName(String endpoint, boolean contactsToo) {
        String tag = ApiCalls.unique();
        long wanted = company("Raviga " + tag);
        long other = company("Bachmanity " + tag);

        Document found = options(endpoint + "/company-options?companySearch=raviga " + tag);
        assertThat(found.select("option").eachAttr("value")).containsExactly("", Long.toString(wanted));
        assertThat(found.select("option").eachText()).containsExactly("No company", "Raviga " + tag);
        assertThat(found.select("option[selected]")).isEmpty();

        Document kept = options(endpoint + "/company-options?companySearch=raviga " + tag + "&companyId=" + other);
        assertThat(kept.select("option").eachAttr("value")).containsExactly("", Long.toString(other), Long.toString(wanted));
        assertThat(kept.select("option[selected]").attr("value")).isEqualTo(Long.toString(other));

        if (contactsToo) {
            long ada = contact("Ada", tag, wanted);
            Document people = options(endpoint + "/contact-options?contactSearch=" + tag + "&contactId=" + ada);
            assertThat(people.select("option").eachText()).containsExactly("No contact", "Ada " + tag);
            assertThat(people.select("option[selected]").attr("value")).isEqualTo(Long.toString(ada));
        }
    }

    @Test
    void contactsAreNarrowedToTheChosenCompanyExceptOnPayments() {
        String tag = ApiCalls.unique();
        long raviga = company("Raviga " + tag);
        long ada = contact("Ada", tag, raviga);
        long bea = contact("Bea", tag, company("Hooli " + tag));

        for (String endpoint : new String[] {"/deals", "/quotes", "/invoices"}) {
            assertThat(options(endpoint + "/contact-options?contactSearch=" + tag + "&companyId=" + raviga).select("option").eachAttr("value"))
                    .as(endpoint).containsExactly("", Long.toString(ada));
        }
        assertThat(options("/payments/contact-options?contactSearch=" + tag + "&companyId=" + raviga).select("option").eachAttr("value"))
                .containsExactlyInAnyOrder("", Long.toString(ada), Long.toString(bea));
    }

    private static void assertSearch(Element search, String name, String label, String url, String target, String include) {
        assertThat(search.attr("type")).isEqualTo("search");
        assertThat(search.attr("name")).isEqualTo(name);
        assertThat(search.attr("placeholder")).isEqualTo(label);
        assertThat(search.attr("aria-label")).isEqualTo(label);
        assertThat(search.attr("hx-get")).isEqualTo(url);
        assertThat(search.attr("hx-trigger")).isEqualTo("input changed delay:300ms, search");
        assertThat(search.attr("hx-target")).isEqualTo(target);
        assertThat(search.attr("hx-include")).isEqualTo(include);
        assertThat(search.attr("hx-swap")).isEqualTo("innerHTML");
    }

    private static void assertChoice(Element select, String name, String none, long chosen) {
        assertThat(select.attr("name")).isEqualTo(name);
        assertThat(select.attr("aria-describedby")).isEqualTo(name + "-errors");
        assertThat(select.hasClass("is-invalid")).isFalse();
        assertThat(select.selectFirst("option").attr("value")).isEmpty();
        assertThat(select.selectFirst("option").text()).isEqualTo(none);
        assertThat(select.select("option[selected]").attr("value")).isEqualTo(Long.toString(chosen));
    }

    private Document options(String uri) {
        return HtmlPages.of(mvc.get().uri(uri).header("HX-Request", "true").cookie(admin).exchange());
    }

    private long company(String name) {
        return companies.create(adminId, new CompanyForm(name, null, null, null, null, null, null, null, adminId, null, null)).id();
    }

    private long contact(String firstName, String lastName, long companyId) {
        return contacts.create(adminId, new ContactForm(firstName, lastName, null, companyId, null, null, null, null, adminId, null, null))
                .id();
    }
}
