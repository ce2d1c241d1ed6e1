package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.clientele.identity.Role;
import org.clientele.platform.SetupStatus;
import org.clientele.shared.InvalidInputException;
import org.clientele.shared.RecordNotFoundException;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The timeline API: notes, calls and meetings on a company, validation, paging newest first,
 * the kind filter, changes and deletions by the author only, what other modules record through
 * {@link Timeline#record}, and the audit trail.
 */
@ClienteleTest
class TimelineApiTests {

    private static final String ENTRIES = "/api/v1/timeline-entries";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Autowired
    Timeline timeline;

    private ApiCalls admin;
    private long adminId;
    private String company;

    @BeforeEach
    void createCompany() {
        adminId = setup.firstAdministratorId().orElseThrow();
        admin = new ApiCalls(mvc, encoder, adminId);
        company = admin.create("/api/v1/companies", "{\"name\": \"Timeline " + ApiCalls.unique() + "\"}");
    }

    @Test
    void writesANoteLogsACallAndAMeetingAndReadsThemBack() {
        MvcTestResult note = admin.post(notes(), """
                {"body": "<p>Met <b>Anna</b> at the fair; see <a href=\\"https://example.com/fair\\">the stand</a>.</p>"}""");
        assertThat(note).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.kind", kind -> assertThat(kind).isEqualTo("NOTE"))
                .hasPathSatisfying("$.subjectType", type -> assertThat(type).isEqualTo("company"))
                .hasPathSatisfying("$.subjectId", id -> assertThat(id).isEqualTo(company))
                .hasPathSatisfying("$.authorId", author -> assertThat(author).isEqualTo(Long.toString(adminId)))
                .hasPathSatisfying("$.authorName", name -> assertThat(name).isNotNull())
                .hasPathSatisfying("$.body", body -> assertThat(body).isEqualTo("<p>Met <b>Anna</b> at the fair; see "
                        + "<a href=\"https://example.com/fair\" rel=\"nofollow noopener\">the stand</a>.</p>"));
        String noteId = ApiCalls.read(note, "$.id");
        assertThat(note.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(ENTRIES + "/" + noteId);

        MvcTestResult call = admin.post(calls(), """
                {"direction": "OUTBOUND", "status": "CONNECTED", "durationMinutes": 12, "occurredAt": "2026-03-02T10:15:00+01:00",
                 "body": "Agreed on a demo."}""");
        assertThat(call).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.kind", kind -> assertThat(kind).isEqualTo("CALL"))
                .hasPathSatisfying("$.direction", direction -> assertThat(direction).isEqualTo("OUTBOUND"))
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("CONNECTED"))
                .hasPathSatisfying("$.durationMinutes", minutes -> assertThat(minutes).isEqualTo(12))
                .hasPathSatisfying("$.occurredAt", at -> assertThat(at).isEqualTo("2026-03-02T09:15:00Z"))
                .hasPathSatisfying("$.body", body -> assertThat(body).isEqualTo("Agreed on a demo."));

        MvcTestResult meeting = admin.post(meetings(), """
                {"title": "Kick-off", "occurredAt": "2026-03-05T09:00:00Z", "durationMinutes": 90, "location": "Berlin office",
                 "recipients": "Anna Schmidt, Ben Ortega"}""");
        assertThat(meeting).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Kick-off"))
                .hasPathSatisfying("$.location", location -> assertThat(location).isEqualTo("Berlin office"))
                .hasPathSatisfying("$.recipients", attendees -> assertThat(attendees).isEqualTo("Anna Schmidt, Ben Ortega"))
                .hasPathSatisfying("$.durationMinutes", minutes -> assertThat(minutes).isEqualTo(90));

        assertThat(admin.get(ENTRIES + "/" + noteId)).hasStatusOk().bodyJson().extractingPath("$.kind").isEqualTo("NOTE");
        assertThat(ids(timelineOf(company))).containsExactly(noteId, ApiCalls.read(meeting, "$.id"), ApiCalls.read(call, "$.id"));
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertFields(admin.post(notes(), "{\"body\": \"<script>alert(1)</script>\"}"), "body");
        assertFields(admin.post(notes(), "{\"body\": \"x\", \"location\": \"Here\", \"title\": \"T\"}"), "location", "title");
        assertFields(admin.post(calls(), "{}"), "direction", "status");
        assertFields(admin.post(calls(), "{\"direction\": \"SIDEWAYS\", \"status\": \"CONNECTED\"}"), "direction");
        assertFields(admin.post(calls(), "{\"direction\": \"INBOUND\", \"status\": \"HAPPY\", \"durationMinutes\": 1441, "
                + "\"occurredAt\": \"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}"), "status", "durationMinutes", "occurredAt");
        assertFields(admin.post(calls(), "{\"direction\": \"INBOUND\", \"status\": \"BUSY\", \"durationMinutes\": \"ten\", "
                + "\"occurredAt\": \"yesterday\"}"), "durationMinutes", "occurredAt");
        assertFields(admin.post(meetings(), "{\"durationMinutes\": -1}"), "title", "occurredAt", "durationMinutes");
        assertFields(admin.post(meetings(), "{\"title\": \"T\", \"occurredAt\": \"2026-01-01T10:00:00Z\", \"direction\": \"INBOUND\"}"),
                "direction");
        assertThat(admin.post(notes(), "[]")).hasStatus(422);
        assertThat(admin.get(timelineOf(company) + "?kind=GOSSIP")).hasStatus(422);
        assertThat(admin.get(timelineOf(company) + "?limit=0")).hasStatus(422);
        assertThat(admin.get(timelineOf(company) + "?cursor=nonsense")).hasStatus(422);
        assertThat(admin.post("/api/v1/companies/999999999/notes", "{\"body\": \"x\"}")).hasStatus(404);
        assertThat(admin.get(timelineOf("999999999"))).hasStatus(404);
        assertThat(admin.get(ENTRIES + "/999999999")).hasStatus(404);
    }

    @Test
    void pagesNewestFirstAcrossPagesAndFiltersByKind() {
        Instant base = Instant.parse("2026-02-01T12:00:00Z");
        List<String> newestFirst = new ArrayList<>();
        newestFirst.add(0, note(base.minus(3, ChronoUnit.DAYS)));
        newestFirst.add(0, call(base.minus(2, ChronoUnit.DAYS)));
        String sameTimeFirst = note(base.minus(1, ChronoUnit.DAYS));
        String sameTimeSecond = call(base.minus(1, ChronoUnit.DAYS));
        newestFirst.add(0, sameTimeFirst);
        newestFirst.add(0, sameTimeSecond);
        newestFirst.add(0, note(base));

        assertThat(readAll(timelineOf(company) + "?limit=2")).as("equal times: the later id first").containsExactlyElementsOf(newestFirst);
        assertThat(readAll(timelineOf(company) + "?limit=1&kind=NOTE"))
                .containsExactly(newestFirst.get(0), sameTimeFirst, newestFirst.get(4));
        assertThat(readAll(timelineOf(company) + "?limit=2&kind=CALL&kind=NOTE")).containsExactlyElementsOf(newestFirst);
        assertThat(ids(timelineOf(company) + "?kind=MEETING")).isEmpty();

        String cursor = ApiCalls.read(admin.get(timelineOf(company) + "?limit=2&kind=NOTE"), "$.next");
        assertThat(ids(timelineOf(company) + "?limit=2&kind=NOTE&cursor=" + cursor)).containsExactly(newestFirst.get(4));
    }

    @Test
    void onlyTheAuthorOrAUserAdministratorChangesOrDeletesAnEntry() {
        var author = TestAccounts.create(context, "Note author", Set.of(Role.MARKETING));
        var colleague = TestAccounts.create(context, "Colleague who sees every company", Set.of(Role.MARKETING));
        ApiCalls asAuthor = new ApiCalls(mvc, encoder, author.user().id());
        ApiCalls asColleague = new ApiCalls(mvc, encoder, colleague.user().id());
        String note = entry(asAuthor, notes(), "{\"body\": \"<p>First draft</p>\"}");
        String entry = ENTRIES + "/" + note;
        long version = ((Number) ApiCalls.read(asAuthor.get(entry), "$.version")).longValue();

        assertThat(asColleague.get(entry)).as("the colleague may read it").hasStatusOk();
        assertThat(asColleague.patch(entry, "{\"body\": \"Taken over\"}")).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:not-found");
        assertThat(asColleague.delete(entry)).hasStatus(404);

        assertThat(asAuthor.patch(entry, "{\"body\": \"<p>Second <i>draft</i></p>\", \"version\": " + version + "}")).hasStatusOk()
                .bodyJson().extractingPath("$.body").isEqualTo("<p>Second <i>draft</i></p>");
        assertThat(asAuthor.patch(entry, "{\"body\": \"stale\", \"version\": " + version + "}")).as("changed since").hasStatus(409);
        assertThat(asAuthor.patch(entry, "{\"title\": \"Notes take no title\"}")).hasStatus(422);
        assertThat(asAuthor.patch(entry, "{\"body\": null}")).hasStatus(422);
        MvcTestResult current = asAuthor.get(entry);
        assertThat(asAuthor.patch(entry, body(current))).as("what a GET returned can be sent back").hasStatusOk();

        assertThat(admin.patch(entry, "{\"body\": \"Corrected by the administrator\"}")).hasStatusOk();
        assertThat(asAuthor.delete(entry)).hasStatus(204);
        assertThat(asAuthor.get(entry)).hasStatus(404);

        String call = ENTRIES + "/" + entry(asAuthor, calls(), "{\"direction\": \"INBOUND\", \"status\": \"VOICEMAIL\"}");
        assertThat(asAuthor.patch(call, "{\"status\": \"CONNECTED\", \"durationMinutes\": 3}")).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("CONNECTED");
        assertThat(admin.delete(call)).as("a user administrator deletes what others wrote").hasStatus(204);
    }

    @Test
    void modulesRecordEntriesOnceWhateverTheRepetition() {
        TimelineSubject subject = TimelineSubject.company(Long.parseLong(company));
        String reference = "invoice:" + UUID.randomUUID() + ":paid";
        TimelineEntryDraft draft = new TimelineEntryDraft(subject, TimelineKind.PAYMENT, Instant.parse("2026-02-03T08:00:00Z"), null,
                null, null, "bank", "PAID", null, "Invoice paid", "<p onclick=\"x()\">Paid in full</p>", null, null, "billing",
                reference);

        long first = timeline.record(draft);
        long again = timeline.record(draft);

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from timeline_entries where source_module = 'billing' and source_reference = ?")
                .param(reference).query(Integer.class).single()).isEqualTo(1);
        String entry = ENTRIES + "/" + first;
        assertThat(admin.get(entry)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.kind", kind -> assertThat(kind).isEqualTo("PAYMENT"))
                .hasPathSatisfying("$.authorId", author -> assertThat(author).isNull())
                .hasPathSatisfying("$.sourceModule", module -> assertThat(module).isEqualTo("billing"))
                .hasPathSatisfying("$.body", body -> assertThat(body).isEqualTo("<p>Paid in full</p>"));
        assertThat(admin.patch(entry, "{\"body\": \"Not paid\"}")).as("recorded entries are the module's").hasStatus(409);
        assertThat(admin.delete(entry)).hasStatus(409);
        assertThat(ids(timelineOf(company) + "?kind=PAYMENT")).containsExactly(Long.toString(first));

        assertThatThrownBy(() -> timeline.record(TimelineEntryDraft.of(subject, "GOSSIP", Instant.now(), "x", "sales", "g:1")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> timeline.record(TimelineEntryDraft.of(subject, TimelineKind.EMAIL, Instant.now(), "x", "messaging", null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> timeline.record(TimelineEntryDraft.of(TimelineSubject.company(999_999_999L), TimelineKind.EMAIL,
                Instant.now(), "x", "messaging", "mail:" + UUID.randomUUID()))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void deletingTheCompanyDeletesItsTimeline() {
        String note = entry(admin, notes(), "{\"body\": \"Short-lived\"}");
        assertThat(admin.delete("/api/v1/companies/" + company)).hasStatus(204);
        assertThat(admin.get(ENTRIES + "/" + note)).hasStatus(404);
        assertThat(jdbc.sql("select count(*) from timeline_entries where subject_type = 'company' and subject_id = ?")
                .param(Long.parseLong(company)).query(Integer.class).single()).isZero();
    }

    @Test
    void contactsHaveTimelinesOfTheirOwnThatGoWithThem() {
        String contact = admin.create("/api/v1/contacts", "{\"firstName\": \"Tia\", \"lastName\": \"Timeline\", \"companyId\": \""
                + company + "\"}");
        String contactTimeline = "/api/v1/contacts/" + contact + "/timeline";
        String note = entry(admin, "/api/v1/contacts/" + contact + "/notes", "{\"body\": \"<p>Prefers <b>mornings</b></p>\"}");
        String call = entry(admin, "/api/v1/contacts/" + contact + "/calls", "{\"direction\": \"INBOUND\", \"status\": \"CONNECTED\"}");
        String meeting = entry(admin, "/api/v1/contacts/" + contact + "/meetings",
                "{\"title\": \"Site visit\", \"occurredAt\": \"2026-11-20T10:00:00Z\"}");

        assertThat(ApiCalls.<List<String>>read(admin.get(contactTimeline), "$.data[*].id")).containsExactly(call, note, meeting);
        assertThat(admin.get(ENTRIES + "/" + note)).hasStatusOk().bodyJson()
                .extractingPath("$.subjectType").isEqualTo(TimelineSubject.CONTACT);
        assertThat(ApiCalls.<List<String>>read(admin.get("/api/v1/companies/" + company + "/timeline"), "$.data[*].id"))
                .as("the company's own timeline holds only its own entries").doesNotContain(note, call, meeting);
        assertThat(admin.get("/api/v1/contacts/999999999/timeline")).hasStatus(404);

        assertThat(admin.delete("/api/v1/contacts/" + contact)).hasStatus(204);
        assertThat(admin.get(ENTRIES + "/" + note)).hasStatus(404);
        assertThat(jdbc.sql("select count(*) from timeline_entries where subject_type = 'contact' and subject_id = ?")
                .param(Long.parseLong(contact)).query(Integer.class).single()).isZero();
    }

    @Test
    void everyChangeIsAuditedWithWhoMadeIt() {
        String note = entry(admin, notes(), "{\"body\": \"Before\"}");
        String requestId = "timeline-audit-" + UUID.randomUUID();

        assertThat(mvc.patch().uri(ENTRIES + "/" + note).header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .header("X-Request-Id", requestId).contentType("application/merge-patch+json").content("{\"body\": \"After\"}"))
                .hasStatusOk();

        Map<String, Object> revision = jdbc.sql("select * from audit_revisions where request_id = ?").param(requestId).query().singleRow();
        assertThat(revision).containsEntry("user_id", adminId);
        Map<String, Object> audited = jdbc.sql("select * from timeline_entries_aud where rev = ?").param(revision.get("id")).query()
                .singleRow();
        assertThat(audited).containsEntry("id", Long.parseLong(note)).containsEntry("body", "After").containsEntry("kind", "NOTE");
        assertThat(((Number) audited.get("revtype")).intValue()).as("revision type: modification").isEqualTo(1);
    }

    private String note(Instant at) {
        return entry(admin, notes(), "{\"body\": \"At " + at + "\", \"occurredAt\": \"" + at + "\"}");
    }

    private String call(Instant at) {
        return entry(admin, calls(), "{\"direction\": \"INBOUND\", \"status\": \"CONNECTED\", \"occurredAt\": \"" + at + "\"}");
    }

    /** Writes an entry and returns its id, checking the 201 and the Location header. */
    private static String entry(ApiCalls calls, String collection, String json) {
        MvcTestResult result = calls.post(collection, json);
        assertThat(result).as("POST %s %s", collection, json).hasStatus(201);
        String id = ApiCalls.read(result, "$.id");
        assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(ENTRIES + "/" + id);
        return id;
    }

    private static void assertFields(MvcTestResult result, String... fields) {
        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder(
                (Object[]) fields);
    }

    private String notes() {
        return "/api/v1/companies/" + company + "/notes";
    }

    private String calls() {
        return "/api/v1/companies/" + company + "/calls";
    }

    private String meetings() {
        return "/api/v1/companies/" + company + "/meetings";
    }

    private static String timelineOf(String companyId) {
        return "/api/v1/companies/" + companyId + "/timeline";
    }

    private List<String> ids(String uri) {
        MvcTestResult result = admin.get(uri);
        assertThat(result).as(uri).hasStatusOk();
        return ApiCalls.read(result, "$.data[*].id");
    }

    private List<String> readAll(String uri) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            MvcTestResult page = admin.get(uri + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page).as(uri).hasStatusOk();
            all.addAll(ApiCalls.<List<String>>read(page, "$.data[*].id"));
            cursor = ApiCalls.read(page, "$.next");
            assertThat(++pages).as("pages of " + uri).isLessThan(10);
        }
        while (cursor != null);
        return all;
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
