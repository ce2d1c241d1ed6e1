package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Role;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The timeline fragment and its endpoints: htmx gets fragments, a browser without JavaScript gets
 * whole pages and redirects; notes, calls and meetings are added both ways, with messages next to
 * the fields when something is wrong; older entries, the kind filter and deletion.
 */
@ClienteleTest
class TimelinePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Timeline timeline;

    private Cookie session;
    private String company;
    private String name;
    private String path;

    @BeforeEach
    void createCompany() {
        session = PageSessions.signInAsAdministrator(mvc);
        name = "Page timeline " + ApiCalls.unique();
        company = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow()).create("/api/v1/companies",
                "{\"name\": \"" + name + "\"}");
        path = "/companies/" + company + "/timeline";
    }

    @Test
    void htmxGetsTheFragmentAndABrowserTheWholePage() {
        record(TimelineKind.EMAIL, "Offer sent", "SENT", Instant.now().minus(1, ChronoUnit.HOURS));

        MvcTestResult fragment = mvc.get().uri(path).header("HX-Request", "true").cookie(session).exchange();
        assertThat(fragment).hasStatusOk().bodyText()
                .satisfies(text -> assertThat(text.strip()).startsWith("<section id=\"timeline\""))
                .doesNotContain("<html", "<nav")
                .contains("Offer sent", "E-mail", "recorded automatically", "bi-envelope", "SENT", "id=\"timeline-note-form\"",
                        "hx-post=\"" + path + "/notes\"", "data-rich-text", "<textarea", "data-csrf-token=");

        MvcTestResult page = mvc.get().uri(path).cookie(session).exchange();
        assertThat(page).hasStatusOk().bodyText()
                .contains("<html", "Timeline of " + name, "id=\"timeline\"", "Offer sent", "/js/timeline.js");
    }

    @Test
    void companyAndContactPagesLoadTheirTimelines() {
        String contact = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow()).create("/api/v1/contacts",
                "{\"firstName\": \"Page\", \"lastName\": \"Person\", \"companyId\": \"" + company + "\"}");
        String contactPath = "/contacts/" + contact + "/timeline";

        assertThat(mvc.get().uri("/companies/" + company).cookie(session).exchange()).hasStatusOk().bodyText()
                .contains("hx-get=\"" + path + "\"");
        assertThat(mvc.get().uri("/contacts/" + contact).cookie(session).exchange()).hasStatusOk().bodyText()
                .contains("hx-get=\"" + contactPath + "\"");

        MvcTestResult posted = mvc.post().uri(contactPath + "/notes").cookie(session).with(csrf()).param("body", "Met at the fair")
                .exchange();
        assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl(contactPath);
        assertThat(mvc.get().uri(contactPath).header("HX-Request", "true").cookie(session).exchange()).hasStatusOk().bodyText()
                .contains("Met at the fair", "hx-post=\"" + contactPath + "/notes\"");
        assertThat(mvc.get().uri(contactPath).cookie(session).exchange()).hasStatusOk().bodyText()
                .contains("Timeline of Page Person", "href=\"/contacts/" + contact + "\"");
    }

    @Test
    void anEmptyTimelineSaysSo() {
        assertThat(mvc.get().uri(path).header("HX-Request", "true").cookie(session).exchange()).hasStatusOk().bodyText()
                .contains("Nothing on the timeline yet.")
                .doesNotContain("<p id=\"timeline-empty\" class=\"text-body-secondary\" hidden");
    }

    @Test
    void aNotePostedByHtmxComesBackAsTheNewEntryWithAFreshFormAndSanitised() {
        MvcTestResult added = mvc.post().uri(path + "/notes").header("HX-Request", "true").cookie(session).with(csrf())
                .param("body", "<p>Called <b>Anna</b><script>alert(1)</script><img src=x onerror=alert(2)></p>")
                .param("bodyFormat", "html").exchange();

        assertThat(added).hasStatusOk().bodyText()
                .satisfies(text -> assertThat(text.strip()).startsWith("<li class=\"timeline-entry"))
                .contains("<p>Called <b>Anna</b></p>", "id=\"timeline-note-form\"", "hx-swap-oob=\"true\"", "id=\"timeline-empty\"",
                        "Delete")
                .doesNotContain("<script>alert", "onerror");
        assertThat(jdbc.sql("select body from timeline_entries where subject_id = ? and kind = 'NOTE'").param(Long.parseLong(company))
                .query(String.class).single()).isEqualTo("<p>Called <b>Anna</b></p>");
    }

    @Test
    void aNotePostedWithoutJavaScriptIsPlainTextAndRedirectsBack() {
        MvcTestResult posted = mvc.post().uri(path + "/notes").cookie(session).with(csrf())
                .param("body", "Prices: a < b & c\n\n<b>not bold</b>").exchange();

        assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl(path);
        assertThat(jdbc.sql("select body from timeline_entries where subject_id = ? and kind = 'NOTE'").param(Long.parseLong(company))
                .query(String.class).single()).isEqualTo("<p>Prices: a &lt; b &amp; c</p><p>&lt;b&gt;not bold&lt;/b&gt;</p>");
        assertThat(mvc.get().uri(path).cookie(session).exchange()).hasStatusOk().bodyText()
                .contains("The entry was added to the timeline.", "Prices: a &lt; b &amp; c");
    }

    @Test
    void callsAndMeetingsAreLoggedInTheViewersTimeZone() {
        jdbc.sql("update users set time_zone = 'Europe/Berlin' where id = ?").param(setup.firstAdministratorId().orElseThrow()).update();
        try {
            Cookie berlin = PageSessions.signInAsAdministrator(mvc);
            assertThat(mvc.post().uri(path + "/calls").cookie(berlin).with(csrf()).param("direction", "OUTBOUND")
                    .param("status", "NO_ANSWER").param("durationMinutes", "2").param("occurredAt", "2026-01-15T09:30")
                    .param("body", "Try again on Monday").exchange()).hasStatus3xxRedirection();
            assertThat(mvc.post().uri(path + "/meetings").header("HX-Request", "true").cookie(berlin).with(csrf())
                    .param("title", "Workshop").param("occurredAt", "2026-07-01T14:00").param("durationMinutes", "120")
                    .param("location", "Munich").param("recipients", "Anna, Ben").exchange())
                    .hasStatusOk().bodyText().contains("Workshop", "Munich", "Attendees: Anna, Ben", "120 min");

            assertThat(jdbc.sql("select kind, occurred_at from timeline_entries where subject_id = ? order by id")
                    .param(Long.parseLong(company)).query((rs, n) -> rs.getString("kind") + " "
                            + rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant()).list())
                    .containsExactly("CALL 2026-01-15T08:30:00Z", "MEETING 2026-07-01T12:00:00Z");
            assertThat(mvc.get().uri(path).header("HX-Request", "true").cookie(berlin).exchange()).bodyText()
                    .contains("Outbound", "No answer", "2 min", "Try again on Monday", "Europe/Berlin");
        }
        finally {
            jdbc.sql("update users set time_zone = 'UTC' where id = ?").param(setup.firstAdministratorId().orElseThrow()).update();
        }
    }

    @Test
    void mistakesAreShownNextToTheFields() {
        MvcTestResult htmx = mvc.post().uri(path + "/calls").header("HX-Request", "true").cookie(session).with(csrf())
                .param("direction", "INBOUND").param("status", "HAPPY").param("durationMinutes", "ten").exchange();
        assertThat(htmx).hasStatusOk().hasHeader("HX-Retarget", "#timeline-call-form").hasHeader("HX-Reswap", "outerHTML")
                .bodyText().satisfies(text -> assertThat(text.strip()).startsWith("<form")).contains("id=\"timeline-call-form\"", "Enter a whole number.",
                        "id=\"timeline-call-duration-errors\"")
                .doesNotContain("hx-swap-oob");

        MvcTestResult meeting = mvc.post().uri(path + "/meetings").header("HX-Request", "true").cookie(session).with(csrf())
                .param("title", "").param("durationMinutes", "2000").exchange();
        assertThat(meeting).hasStatusOk().bodyText().contains("This field is required.", "Between 0 and 1440 minutes.",
                "id=\"timeline-meeting-title-errors\"", "id=\"timeline-meeting-occurred-at-errors\"");

        MvcTestResult plain = mvc.post().uri(path + "/notes").cookie(session).with(csrf()).param("body", "  ").exchange();
        assertThat(plain).hasStatus(422).bodyText().contains("<html", "This field is required.", "id=\"timeline-note-body-errors\"");
        assertThat(jdbc.sql("select count(*) from timeline_entries where subject_id = ?").param(Long.parseLong(company))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void olderEntriesLoadPageByPageAndTheKindFilterNarrows() throws Exception {
        Instant start = Instant.parse("2025-06-01T08:00:00Z");
        for (int i = 0; i < 51; i++) {
            record(TimelineKind.EMAIL, "Mail " + i, null, start.plus(i, ChronoUnit.HOURS));
        }
        record(TimelineKind.PAYMENT, "Payment received", "PAID", start.minus(1, ChronoUnit.DAYS));

        String first = mvc.get().uri(path).header("HX-Request", "true").cookie(session).exchange().getResponse()
                .getContentAsString();
        assertThat(first).contains("Mail 50", "Mail 1<", "Older entries").doesNotContain("Mail 0<", "Payment received");
        String older = first.replaceAll("(?s).*hx-get=\"([^\"]*cursor=[^\"]*)\".*", "$1").replace("&amp;", "&");

        MvcTestResult next = mvc.get().uri(older).header("HX-Request", "true").cookie(session).exchange();
        assertThat(next).hasStatusOk().bodyText().satisfies(text -> assertThat(text.strip()).startsWith("<li")).contains("Mail 0<", "Payment received")
                .doesNotContain("Mail 1<", "id=\"timeline\"", "Older entries");
        assertThat(mvc.get().uri(older).cookie(session).exchange()).as("without JavaScript: the older page as a page")
                .hasStatusOk().bodyText().contains("<html", "Mail 0<");

        assertThat(mvc.get().uri(path + "?kind=PAYMENT").header("HX-Request", "true").cookie(session).exchange()).hasStatusOk()
                .bodyText().contains("Payment received", "PAID").doesNotContain("Mail 50", "Older entries");
        assertThat(mvc.get().uri(path + "?kind=GOSSIP").header("HX-Request", "true").cookie(session).exchange()).hasStatus(422);
    }

    @Test
    void theAuthorDeletesAfterConfirmingAndOthersCannot() throws Exception {
        MvcTestResult added = mvc.post().uri(path + "/notes").header("HX-Request", "true").cookie(session).with(csrf())
                .param("body", "To be deleted").exchange();
        String id = added.getResponse().getContentAsString().strip().replaceAll("(?s)^<li[^>]*id=\"timeline-entry-(\\d+)\".*", "$1");
        String deletion = "/timeline-entries/" + id + "/delete";

        var colleague = TestAccounts.create(context, "Marketing colleague", Set.of(Role.MARKETING));
        Cookie other = PageSessions.signIn(mvc, colleague.email(), colleague.password());
        assertThat(mvc.get().uri(path).header("HX-Request", "true").cookie(other).exchange()).hasStatusOk().bodyText()
                .contains("To be deleted").doesNotContain(deletion);
        assertThat(mvc.get().uri(deletion).cookie(other).exchange()).hasStatus(404);
        assertThat(mvc.post().uri(deletion).cookie(other).with(csrf()).exchange()).hasStatus(404);

        assertThat(mvc.get().uri(path).header("HX-Request", "true").cookie(session).exchange()).bodyText()
                .contains("hx-post=\"" + deletion + "\"", "hx-confirm=\"Delete this entry? This cannot be undone.\"");
        assertThat(mvc.get().uri(deletion).cookie(session).exchange()).as("the confirmation page for browsers without JavaScript")
                .hasStatusOk().bodyText().contains("Delete this entry?", "To be deleted", "action=\"" + deletion + "\"");
        assertThat(mvc.post().uri(deletion).header("HX-Request", "true").cookie(session).with(csrf()).exchange()).hasStatusOk()
                .bodyText().isBlank();
        assertThat(mvc.get().uri(deletion).cookie(session).exchange()).hasStatus(404);

        MvcTestResult second = mvc.post().uri(path + "/notes").header("HX-Request", "true").cookie(session).with(csrf())
                .param("body", "Deleted without JavaScript").exchange();
        String secondId = second.getResponse().getContentAsString().strip().replaceAll("(?s)^<li[^>]*id=\"timeline-entry-(\\d+)\".*", "$1");
        assertThat(mvc.post().uri("/timeline-entries/" + secondId + "/delete").cookie(session).with(csrf()).exchange())
                .hasStatus3xxRedirection().hasRedirectedUrl(path);
    }

    @Test
    void aTimelineOfACompanyTheUserMayNotSeeIsMissing() {
        var sales = TestAccounts.create(context, "Sales elsewhere", Set.of(Role.SALES));
        Cookie other = PageSessions.signIn(mvc, sales.email(), sales.password());

        assertThat(mvc.get().uri(path).header("HX-Request", "true").cookie(other).exchange()).hasStatus(404);
        assertThat(mvc.get().uri(path).cookie(other).exchange()).hasStatus(404);
        assertThat(mvc.post().uri(path + "/notes").cookie(other).with(csrf()).param("body", "Hello").exchange()).hasStatus(404);
    }

    private void record(String kind, String title, String status, Instant at) {
        timeline.record(new TimelineEntryDraft(TimelineSubject.company(Long.parseLong(company)), kind, at, null, null, null, null, status,
                null, title, null, null, null, "tests", kind + ":" + ApiCalls.unique() + ":" + at));
    }
}
