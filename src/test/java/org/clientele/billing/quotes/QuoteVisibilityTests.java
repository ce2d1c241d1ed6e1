package org.clientele.billing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clientele.billing.quotes.QuoteCalls.QUOTES;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.ApiClient;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Quotations obey record visibility by owner and team in the list, the detail, the PDF and the
 * actions; the customer's link is shown only to those who may change quotations.
 */
@ClienteleTest
class QuoteVisibilityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Test
    void eachSeesTheQuotationsOfTheirOwnOrTheirTeams() {
        VisibilityFixture fixture = VisibilityFixture.create(context);
        QuoteCalls calls = new QuoteCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        ApiClient admin = calls.api;
        String tag = QuoteCalls.unique();
        String company = calls.company("Seen Co " + tag);
        String rate = calls.taxRate("VAT " + tag, "19");
        String ofA = owned(admin, calls.draft(company, null, rate), fixture.salesA().user().id(), fixture.teamA());
        String ofB = owned(admin, calls.draft(company, null, rate), fixture.salesB().user().id(), fixture.teamB());
        admin.post(QUOTES + "/" + ofA + "/send", "{\"mail\": false}");
        String list = QUOTES + "?companyId=" + company;

        fixture.assertListShows(mvc, fixture.salesA(), list, (Object) ofA);
        fixture.assertListShows(mvc, fixture.salesB(), list, (Object) ofB);
        fixture.assertListShows(mvc, fixture.managerA(), list, (Object) ofA);
        fixture.assertDetailVisible(mvc, fixture.salesA(), QUOTES + "/" + ofA);
        fixture.assertDetailHidden(mvc, fixture.salesA(), QUOTES + "/" + ofB);
        fixture.assertDetailHidden(mvc, fixture.managerA(), QUOTES + "/" + ofB);
        fixture.assertDetailHidden(mvc, fixture.salesB(), QUOTES + "/" + ofA + "/pdf");

        assertThat(mvc.get().uri(QUOTES + "/" + ofA).header(HttpHeaders.AUTHORIZATION, "Bearer " + fixture.tokenOf(fixture.salesA())))
                .bodyJson().doesNotHavePath("$.publicLink");
        assertThat(mvc.post().uri(QUOTES + "/" + ofA + "/revise").header(HttpHeaders.AUTHORIZATION, "Bearer "
                + fixture.tokenOf(fixture.salesA()))).as("reading is not changing").hasStatus(403);
        assertThat(admin.get(QUOTES + "/" + ofA)).bodyJson().hasPath("$.publicLink");
    }

    private static String owned(ApiClient admin, String id, long ownerId, long teamId) {
        assertThat(admin.patch(QUOTES + "/" + id, "{\"ownerId\": \"" + ownerId + "\", \"teamId\": \"" + teamId + "\"}")).hasStatusOk();
        return id;
    }
}
