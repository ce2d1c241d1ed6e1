package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The search page and the top bar's suggestions: groups with headings, links to the records, the
 * "more" link of a group, the empty, too-short and nothing-found states, and the htmx fragment.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    private Account sales;
    private Cookie session;
    private String company;
    private String contact;

    @BeforeAll
    void createRecords() {
        sales = TestAccounts.create(context, "Searching Sales", Set.of(Role.SALES));
        ApiCalls admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        company = admin.create("/api/v1/companies", "{\"name\": \"Initech Solutions\", \"ownerId\": \"" + sales.user().id()
                + "\", \"teamId\": null, \"emails\": [\"office@initech-example.com\"]}");
        contact = admin.create("/api/v1/contacts", "{\"firstName\": \"Peter\", \"lastName\": \"Gibbons\", \"ownerId\": \""
                + sales.user().id() + "\", \"teamId\": null, \"companyId\": \"" + company + "\"}");
        admin.create("/api/v1/contacts", "{\"firstName\": \"Samir\", \"lastName\": \"Initrode\", \"ownerId\": \""
                + sales.user().id() + "\", \"teamId\": null}");
        for (int n = 1; n <= 12; n++) {
            admin.create("/api/v1/companies", "{\"name\": \"Initech Branch " + (char) ('A' + n) + "\", \"ownerId\": \""
                    + sales.user().id() + "\", \"teamId\": null}");
        }
        session = PageSessions.signIn(mvc, sales.email(), sales.password());
    }

    @Test
    void theTopBarHasTheSearchBoxAsACombobox() {
        Document page = html(mvc.get().uri("/").cookie(session).exchange());
        assertThat(page.select("nav.navbar form[role=search]").attr("action")).isEqualTo("/search");
        assertThat(page.select("#global-search").attr("role")).isEqualTo("combobox");
        assertThat(page.select("#global-search").attr("hx-get")).isEqualTo("/search");
        assertThat(page.select("#global-search").attr("aria-controls")).isEqualTo("global-search-suggestions");
        assertThat(page.select("#global-search-suggestions").attr("role")).isEqualTo("listbox");
        assertThat(page.select("script[src=/js/search.js]")).hasSize(1);
    }

    @Test
    void suggestionsAreAFragmentWithGroupsAndLinks() {
        MvcTestResult result = mvc.get().uri("/search?q=Inittech").header("HX-Request", "true").cookie(session).exchange();
        assertThat(result).hasStatusOk().hasHeader("Vary", "HX-Request");
        Document fragment = html(result);
        assertThat(fragment.select("nav.navbar")).as("no layout in the fragment").isEmpty();
        assertThat(fragment.select("[role=group] .dropdown-header").eachText()).containsExactly("Companies", "Contacts");
        assertThat(fragment.select("[role=group]").first().select("a[role=option]")).hasSize(5);
        assertThat(fragment.select("[role=group]").last().select("a[role=option]").text()).contains("Samir Initrode");
        assertThat(fragment.select("a[role=option]").last().attr("href")).isEqualTo("/search?q=Inittech");

        Document both = html(mvc.get().uri("/search?q=Gibons").header("HX-Request", "true").cookie(session).exchange());
        assertThat(both.select(".dropdown-header").eachText()).containsExactly("Contacts");
        assertThat(both.select("a[role=option]").first().attr("href")).isEqualTo("/contacts/" + contact);
        assertThat(both.select("a[role=option]").first().text()).contains("Peter Gibbons", "Initech Solutions");

        assertThat(html(mvc.get().uri("/search?q=o").header("HX-Request", "true").cookie(session).exchange()).text())
                .isEqualTo("Type at least 2 characters.");
        assertThat(html(mvc.get().uri("/search?q=Qwertzuiop").header("HX-Request", "true").cookie(session).exchange()).text())
                .isEqualTo("Nothing found for “Qwertzuiop”.");
    }

    @Test
    void theResultsPageShowsGroupsWithMoreAndOneTypeAtATime() {
        Document page = html(mvc.get().uri("/search?q=Initech").cookie(session).exchange());
        assertThat(page.select("nav.navbar")).isNotEmpty();
        assertThat(page.select("[data-search-group]").eachAttr("data-search-group")).containsExactly("company", "contact");
        assertThat(page.select("[data-search-group=company] li")).hasSize(10);
        assertThat(page.select("[data-search-group=company] [data-testid=search-more]").attr("href"))
                .isEqualTo("/search?q=Initech&type=company");
        assertThat(page.select("[data-search-group=contact] [data-testid=search-more]")).isEmpty();

        Document companies = html(mvc.get().uri("/search?q=Initech&type=company").cookie(session).exchange());
        assertThat(companies.select("[data-search-group]").eachAttr("data-search-group")).containsExactly("company");
        assertThat(companies.select("[data-search-group=company] li")).hasSize(13);
        assertThat(companies.select("[data-search-group=company] li a").eachAttr("href")).contains("/companies/" + company);
    }

    @Test
    void theResultsPageSaysWhenThereIsNothingToShow() {
        assertThat(html(mvc.get().uri("/search").cookie(session).exchange()).select("[data-testid=search-empty]")).hasSize(1);
        assertThat(html(mvc.get().uri("/search?q=x").cookie(session).exchange()).select("[data-testid=search-too-short]")).hasSize(1);
        assertThat(html(mvc.get().uri("/search?q=Qwertzuiop").cookie(session).exchange()).select("[data-testid=search-none]").text())
                .contains("Qwertzuiop");
    }

    @Test
    void theApiDocumentationDescribesTheSearch() {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/search'].get.parameters[*].name").asArray()
                .containsExactly("q", "types", "limit");
        assertThat(result).bodyJson().extractingPath("$.paths['/api/v1/search'].get.description").asString().contains("422");
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
