package org.clientele.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.HtmlPages;
import org.clientele.testing.PageSessions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An address edited by hand, with a text where a list page expects an id, a number, a yes or no
 * or a choice, shows the page without that value and names it, instead of the 400 error page;
 * the API still refuses it.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedPageParameterTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    private Cookie admin;

    @BeforeAll
    void signIn() {
        admin = PageSessions.signInAsAdministrator(mvc);
    }

    @ParameterizedTest(name = "{0}?{1}")
    @CsvSource(delimiter = '|', value = {
            "/companies | ownerId=abc&q=acme | ownerId",
            "/companies | teamId=x&typeId=y&industryId=z&tag=t | industryId, tag, teamId, typeId",
            "/contacts | companyId=abc | companyId",
            "/leads | sourceId=abc&status=NOPE | sourceId",
            "/deals | pipelineId=abc&teamId=1 | pipelineId",
            "/deals/board | stageId=abc | stageId",
            "/deals/forecast | ownerId=abc | ownerId",
            "/invoices | overdue=maybe | overdue",
            "/payments | categoryId=abc | categoryId",
            "/quotes | companyId=abc | companyId",
            "/products | categoryId=abc&onSale=maybe&kind=SPACESHIP | categoryId, onSale",
            "/requests | ownerId=abc&unverified=maybe | ownerId, unverified",
            "/admin/security-events | type=NOPE&userId=abc | type, userId",
            "/deals/new | companyId=abc | companyId",
            "/admin/teams/new | parentId=abc | parentId"})
    void showsThePageWithoutTheUnreadableValueAndNamesIt(String path, String query, String named) {
        Document page = HtmlPages.of(mvc.get().uri(path + "?" + query).cookie(admin).exchange());

        String message = page.select("[data-testid=flash]").text();
        assertThat(message).contains("could not be read (");
        assertThat(message.substring(message.indexOf('(') + 1, message.indexOf(')')).split(", "))
                .containsExactlyInAnyOrder(named.split(", "));
    }

    @Test
    void theApiStillRefusesAnUnreadableParameter() {
        ApiClient api = new ApiClient(mvc, encoder, setup.firstAdministratorId().orElseThrow());

        assertThat(api.get("/api/v1/companies?ownerId=abc")).hasStatus(400);
    }
}
