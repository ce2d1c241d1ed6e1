package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.clientele.identity.Role;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code POST /api/v1/companies/merge} and {@code /contacts/merge}: field choices, every link moved, audit, events, refusals. */
@ClienteleTest
@RecordApplicationEvents
class MergeApiTests {

    static final String COMPANIES = "/api/v1/companies";
    static final String CONTACTS = "/api/v1/contacts";
    static final String LEADS = "/api/v1/leads";

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
    ApplicationEvents events;

    private ApiCalls admin;

    @BeforeEach
    void signIn() {
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void mergingCompaniesKeepsTheChosenValuesAndMovesEveryLinkInOneAuditedRevision() {
        String tag = ApiCalls.unique();
        long coOwnerOfSurvivor = account("Co-owner one").user().id();
        long coOwnerOfMerged = account("Co-owner two").user().id();
        long ownerOfMerged = account("Owner two").user().id();
        String survivorPhone = berlinNumber();
        String mergedPhone = berlinNumber();
        String survivor = admin.createAnyway(COMPANIES, """
                {"name": "Survivor %1$s", "website": "survivor-%1$s.example", "emails": ["info@survivor-%1$s.example"],
                 "phones": ["%2$s"], "coOwnerIds": ["%3$d"]}""".formatted(tag, survivorPhone, coOwnerOfSurvivor));
        String merged = admin.createAnyway(COMPANIES, """
                {"name": "Merged %1$s", "website": "merged-%1$s.example", "description": "Kept from the merged one",
                 "emails": ["sales@merged-%1$s.example", "info@survivor-%1$s.example"], "phones": ["%2$s"],
                 "ownerId": "%3$d", "coOwnerIds": ["%4$d"]}""".formatted(tag, mergedPhone, ownerOfMerged, coOwnerOfMerged));
        String worker = admin.createAnyway(CONTACTS, "{\"lastName\": \"Worker " + tag + "\", \"companyId\": \"" + merged + "\"}");
        String note = entry(COMPANIES + "/" + merged + "/notes", "{\"body\": \"<p>Written on the merged one</p>\"}");
        String lead = admin.createAnyway(LEADS, "{\"lastName\": \"Prospect " + tag + "\"}");
        assertThat(admin.post(LEADS + "/" + lead + "/convert", "{\"companyId\": \"" + merged + "\"}")).hasStatusOk();
        String requestId = "merge-" + UUID.randomUUID();

        MvcTestResult result = mvc.post().uri(COMPANIES + "/merge").header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .header("X-Request-Id", requestId).contentType(MediaType.APPLICATION_JSON).content("""
                        {"survivorId": "%s", "mergedId": "%s", "fields": {"website": "MERGED", "description": "MERGED", "name": "SURVIVOR"}}"""
                        .formatted(survivor, merged)).exchange();

        assertThat(result).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.id", id -> assertThat(id).isEqualTo(survivor))
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Survivor " + tag))
                .hasPathSatisfying("$.website", website -> assertThat(website).isEqualTo("https://merged-" + tag + ".example"))
                .hasPathSatisfying("$.description", text -> assertThat(text).isEqualTo("Kept from the merged one"))
                .hasPathSatisfying("$.emails", emails -> assertThat(emails).asArray().containsExactly("info@survivor-" + tag + ".example",
                        "sales@merged-" + tag + ".example"))
                .hasPathSatisfying("$.phones", phones -> assertThat(phones).asArray().containsExactly(survivorPhone, mergedPhone))
                .hasPathSatisfying("$.coOwnerIds", ids -> assertThat(ids).asArray().containsExactlyInAnyOrder(
                        Long.toString(coOwnerOfSurvivor), Long.toString(coOwnerOfMerged), Long.toString(ownerOfMerged)));
        assertThat(admin.get(COMPANIES + "/" + merged)).hasStatus(404);
        assertThat(admin.get(CONTACTS + "/" + worker)).bodyJson().extractingPath("$.companyId").isEqualTo(survivor);
        assertThat(admin.get(LEADS + "/" + lead)).bodyJson().extractingPath("$.convertedCompanyId").isEqualTo(survivor);
        MvcTestResult timeline = admin.get(COMPANIES + "/" + survivor + "/timeline");
        assertThat(ApiCalls.<List<String>>read(timeline, "$.data[*].id")).contains(note);
        assertThat(ApiCalls.<List<String>>read(timeline, "$.data[?(@.kind == 'MERGE')].title")).containsExactly("Merged " + tag);
        assertThat(events.stream(CompaniesMerged.class))
                .containsExactly(new CompaniesMerged(Long.parseLong(survivor), Long.parseLong(merged)));

        long revision = jdbc.sql("select id from audit_revisions where request_id = ?").param(requestId).query(Long.class).single();
        Map<Long, Integer> companyRevisions = revisionTypes("companies_aud", revision);
        assertThat(companyRevisions).containsEntry(Long.parseLong(survivor), 1).containsEntry(Long.parseLong(merged), 2);
        assertThat(jdbc.sql("select company_id from contacts_aud where rev = ? and id = ?").params(revision, Long.parseLong(worker))
                .query(Long.class).single()).isEqualTo(Long.parseLong(survivor));
        assertThat(jdbc.sql("select subject_id from timeline_entries_aud where rev = ? and id = ?").params(revision, Long.parseLong(note))
                .query(Long.class).single()).isEqualTo(Long.parseLong(survivor));
    }

    @Test
    void mergingContactsMovesTheirTimelineAndReachAndKeepsTheOtherOwnerAsCoOwner() {
        String tag = ApiCalls.unique();
        long otherOwner = account("Other owner").user().id();
        String survivor = admin.createAnyway(CONTACTS, """
                {"firstName": "Anna", "lastName": "Kern %1$s", "emails": ["anna@kern-%1$s.example"]}""".formatted(tag));
        String merged = admin.createAnyway(CONTACTS, """
                {"firstName": "Anne", "lastName": "Kern %1$s", "title": "Buyer", "emails": ["a.kern@kern-%1$s.example"],
                 "phones": ["+1 212 555 0147"], "ownerId": "%2$d"}""".formatted(tag, otherOwner));
        String call = entry(CONTACTS + "/" + merged + "/calls", "{\"direction\": \"INBOUND\", \"status\": \"CONNECTED\"}");

        MvcTestResult result = admin.post(CONTACTS + "/merge", """
                {"survivorId": "%s", "mergedId": "%s", "fields": {"title": "MERGED", "email": "MERGED"}}""".formatted(survivor, merged));

        assertThat(result).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.firstName", name -> assertThat(name).isEqualTo("Anna"))
                .hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Buyer"))
                .hasPathSatisfying("$.emails", emails -> assertThat(emails).asArray().containsExactly("a.kern@kern-" + tag + ".example",
                        "anna@kern-" + tag + ".example"))
                .hasPathSatisfying("$.phones", phones -> assertThat(phones).asArray().containsExactly("+12125550147"))
                .hasPathSatisfying("$.coOwnerIds", ids -> assertThat(ids).asArray().containsExactly(Long.toString(otherOwner)));
        assertThat(admin.get(CONTACTS + "/" + merged)).hasStatus(404);
        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "/" + survivor + "/timeline"), "$.data[*].id")).contains(call);
        assertThat(events.stream(ContactsMerged.class))
                .containsExactly(new ContactsMerged(Long.parseLong(survivor), Long.parseLong(merged)));
    }

    @Test
    void tagsAndStaticSegmentMembershipsFollowTheSurvivor() {
        String tag = ApiCalls.unique();
        String survivor = admin.create("/api/v1/contacts", "{\"lastName\": \"Keeper " + tag + "\"}");
        String merged = admin.create("/api/v1/contacts", "{\"lastName\": \"Gone " + tag + "\"}");
        String vip = admin.create("/api/v1/tags", "{\"name\": \"VIP " + tag + "\", \"colour\": \"green\"}");
        String segment = admin.create("/api/v1/segments", "{\"name\": \"Invitees " + tag + "\", \"kind\": \"static\"}");
        assertThat(admin.put("/api/v1/contacts/" + merged + "/tags/" + vip)).hasStatus2xxSuccessful();
        assertThat(admin.put("/api/v1/segments/" + segment + "/members/" + merged)).hasStatus(204);

        assertThat(admin.post("/api/v1/contacts/merge", "{\"survivorId\": \"" + survivor + "\", \"mergedId\": \"" + merged + "\"}"))
                .hasStatusOk().bodyJson().extractingPath("$.tags[*].id").asArray().containsExactly(vip);
        List<String> members = ApiCalls.read(admin.get("/api/v1/segments/" + segment + "/members"), "$.data[*].id");
        assertThat(members).containsExactly(survivor);
    }

    @Test
    void mergingNeedsBothRecordsInSightAndThePermissionToChangeCustomers() {
        String tag = ApiCalls.unique();
        Account sales = account("Seller");
        ApiCalls asSales = new ApiCalls(mvc, encoder, sales.user().id());
        String own = asSales.createAnyway(COMPANIES, "{\"name\": \"Own " + tag + "\"}");
        String hidden = admin.createAnyway(COMPANIES, "{\"name\": \"Hidden " + tag + "\"}");
        String body = "{\"survivorId\": \"" + own + "\", \"mergedId\": \"" + hidden + "\"}";

        assertThat(asSales.post(COMPANIES + "/merge", body)).hasStatus(404);
        assertThat(asSales.post(COMPANIES + "/merge", "{\"survivorId\": \"" + hidden + "\", \"mergedId\": \"" + own + "\"}")).hasStatus(404);
        Account auditor = TestAccounts.create(context, "Auditor " + tag, Set.of(Role.AUDITOR));
        assertThat(new ApiCalls(mvc, encoder, auditor.user().id()).post(COMPANIES + "/merge", body)).hasStatus(403);
        assertThat(admin.get(COMPANIES + "/" + own)).hasStatusOk();
        assertThat(admin.get(COMPANIES + "/" + hidden)).hasStatusOk();
    }

    @Test
    void aMergeWithItselfOrOfAnUnknownFieldIsInvalid() {
        String one = admin.createAnyway(COMPANIES, "{\"name\": \"One " + ApiCalls.unique() + "\"}");
        String two = admin.createAnyway(COMPANIES, "{\"name\": \"Two " + ApiCalls.unique() + "\"}");

        assertThat(admin.post(COMPANIES + "/merge", "{\"survivorId\": \"" + one + "\", \"mergedId\": \"" + one + "\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("mergedId");
        assertThat(admin.post(COMPANIES + "/merge", "{\"survivorId\": \"" + one + "\", \"mergedId\": \"" + two
                + "\", \"fields\": {\"colour\": \"MERGED\"}}")).hasStatus(422).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("fields.colour");
        assertThat(admin.post(COMPANIES + "/merge", "{\"survivorId\": \"" + one + "\", \"mergedId\": \"" + two
                + "\", \"fields\": {\"name\": \"BOTH\"}}")).hasStatus(422).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("fields.name");
        assertThat(admin.post(COMPANIES + "/merge", "{\"survivorId\": \"" + one + "\"}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("mergedId");
        assertThat(admin.get(COMPANIES + "/" + two)).hasStatusOk();
    }

    private Map<Long, Integer> revisionTypes(String table, long revision) {
        Map<Long, Integer> types = new java.util.HashMap<>();
        jdbc.sql("select id, revtype from " + table + " where rev = ?").param(revision)
                .query((rs, n) -> types.put(rs.getLong("id"), rs.getInt("revtype"))).list();
        return types;
    }

    private String entry(String uri, String json) {
        MvcTestResult result = admin.post(uri, json);
        assertThat(result).hasStatus(201);
        return ApiCalls.read(result, "$.id");
    }

    private Account account(String name) {
        return TestAccounts.create(context, name + " " + ApiCalls.unique(), Set.of(Role.SALES));
    }

    static String berlinNumber() {
        return "+4930" + ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999);
    }
}
