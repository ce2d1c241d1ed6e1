package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Role;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Leads have a timeline (API and page); after conversion their entries show on the contact and company they became. */
@ClienteleTest
class LeadTimelineTests {

    private static final String LEADS = "/api/v1/leads";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    private ApiCalls admin;

    @BeforeEach
    void signIn() {
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void notesCallsAndMeetingsGoOnALeadsTimeline() {
        String lead = admin.createAnyway(LEADS, "{\"lastName\": \"Timeline " + ApiCalls.unique() + "\"}");
        String note = entry(LEADS + "/" + lead + "/notes", "{\"body\": \"<p>First contact at the fair</p>\"}");
        String call = entry(LEADS + "/" + lead + "/calls", "{\"direction\": \"OUTBOUND\", \"status\": \"NO_ANSWER\"}");
        String meeting = entry(LEADS + "/" + lead + "/meetings", "{\"title\": \"Demo\", \"occurredAt\": \"2026-01-05T10:00:00Z\"}");

        MvcTestResult timeline = admin.get(LEADS + "/" + lead + "/timeline");
        assertThat(timeline).hasStatusOk();
        assertThat(ApiCalls.<List<String>>read(timeline, "$.data[*].id")).containsExactlyInAnyOrder(note, call, meeting);
        assertThat(ApiCalls.<List<String>>read(timeline, "$.data[*].subjectType")).containsOnly("lead");
        assertThat(admin.get("/api/v1/timeline-entries/" + note)).hasStatusOk();
    }

    @Test
    void aLeadOneMayNotSeeHasNoTimelineForThem() {
        String lead = admin.createAnyway(LEADS, "{\"lastName\": \"Hidden " + ApiCalls.unique() + "\"}");
        String note = entry(LEADS + "/" + lead + "/notes", "{\"body\": \"<p>Secret</p>\"}");
        Account sales = TestAccounts.create(context, "Outsider " + ApiCalls.unique(), Set.of(Role.SALES));
        ApiCalls outsider = new ApiCalls(mvc, encoder, sales.user().id());

        assertThat(outsider.get(LEADS + "/" + lead + "/timeline")).hasStatus(404);
        assertThat(outsider.post(LEADS + "/" + lead + "/notes", "{\"body\": \"<p>Hello</p>\"}")).hasStatus(404);
        assertThat(outsider.get("/api/v1/timeline-entries/" + note)).hasStatus(404);
    }

    @Test
    void afterConversionTheLeadsHistoryShowsOnTheNewContactAndCompanyAndStaysOnTheLead() {
        String tag = ApiCalls.unique();
        String lead = admin.createAnyway(LEADS, "{\"firstName\": \"Lia\", \"lastName\": \"Conv " + tag
                + "\", \"companyName\": \"Conv " + tag + " Ltd\"}");
        String note = entry(LEADS + "/" + lead + "/notes", "{\"body\": \"<p>Interested in the big plan</p>\"}");
        MvcTestResult converted = admin.post(LEADS + "/" + lead + "/convert", "{}");
        assertThat(converted).hasStatusOk();
        String contact = ApiCalls.read(converted, "$.contactId");
        String company = ApiCalls.read(converted, "$.companyId");
        String later = entry("/api/v1/contacts/" + contact + "/notes", "{\"body\": \"<p>Signed</p>\"}");

        assertThat(ApiCalls.<List<String>>read(admin.get("/api/v1/contacts/" + contact + "/timeline"), "$.data[*].id"))
                .containsExactly(later, note);
        assertThat(ApiCalls.<List<String>>read(admin.get("/api/v1/companies/" + company + "/timeline"), "$.data[*].id"))
                .containsExactly(note);
        assertThat(ApiCalls.<List<String>>read(admin.get(LEADS + "/" + lead + "/timeline"), "$.data[*].id")).containsExactly(note);
        assertThat(ApiCalls.<List<String>>read(admin.get("/api/v1/contacts/" + contact + "/timeline?kind=NOTE"), "$.data[*].id"))
                .containsExactly(later, note);
    }

    @Test
    void theLeadPageShowsItsTimelineAndTakesNotes() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        String lead = admin.createAnyway(LEADS, "{\"lastName\": \"Page " + ApiCalls.unique() + "\"}");
        String path = "/leads/" + lead + "/timeline";

        assertThat(mvc.get().uri("/leads/" + lead).cookie(session).exchange()).hasStatusOk().bodyText().contains(path);
        MvcTestResult posted = mvc.post().uri(path + "/notes").cookie(session).with(csrf()).param("body", "Called back on Monday")
                .exchange();
        assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl(path);
        assertThat(mvc.get().uri(path).header("HX-Request", "true").cookie(session).exchange()).hasStatusOk().bodyText()
                .contains("Called back on Monday");
        assertThat(mvc.get().uri(path).cookie(session).exchange()).hasStatusOk().bodyText().contains("Called back on Monday");
    }

    private String entry(String uri, String json) {
        MvcTestResult result = admin.post(uri, json);
        assertThat(result).hasStatus(201);
        return ApiCalls.read(result, "$.id");
    }
}
