package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.clientele.identity.Role;
import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/v1/companies}: create, read, merge-patch, delete, validation, paging, filters, estimates and audit. */
@ClienteleTest
class CompanyApiTests {

    private static final String COMPANIES = "/api/v1/companies";

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

    private ApiCalls admin;
    private long adminId;

    @BeforeEach
    void signIn() {
        adminId = setup.firstAdministratorId().orElseThrow();
        admin = new ApiCalls(mvc, encoder, adminId);
    }

    @Test
    void createsReadsChangesAndDeletesACompanyWithNormalisedDetails() {
        MvcTestResult created = admin.post(COMPANIES + "?allowDuplicates=true", """
                {"name": "  Müller Maschinenbau GmbH ", "alternativeNames": "MMB", "website": "mueller-maschinen.de",
                 "emails": ["Info@Mueller-Maschinen.de", "sales@mueller-maschinen.de"], "phones": ["030 1234567", "+44 20 7946 0958"],
                 "address": {"street": "Hauptstraße 1", "postalCode": "10115", "city": "Berlin", "country": "de"},
                 "registrationNumber": "HRB 12345", "description": "Makes machines."}""");

        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Müller Maschinenbau GmbH"))
                .hasPathSatisfying("$.website", website -> assertThat(website).isEqualTo("https://mueller-maschinen.de"))
                .hasPathSatisfying("$.emails", emails -> assertThat(emails).asArray()
                        .containsExactly("info@mueller-maschinen.de", "sales@mueller-maschinen.de"))
                .hasPathSatisfying("$.phones", phones -> assertThat(phones).asArray().containsExactly("+49301234567", "+442079460958"))
                .hasPathSatisfying("$.address.country", country -> assertThat(country).isEqualTo("DE"))
                .hasPathSatisfying("$.ownerId", owner -> assertThat(owner).isEqualTo(Long.toString(adminId)))
                .hasPathSatisfying("$.createdBy", creator -> assertThat(creator).isEqualTo(Long.toString(adminId)));
        String id = ApiCalls.read(created, "$.id");
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(COMPANIES + "/" + id);

        assertThat(admin.get(COMPANIES + "/" + id)).hasStatusOk().bodyJson().extractingPath("$.registrationNumber")
                .isEqualTo("HRB 12345");

        MvcTestResult changed = admin.patch(COMPANIES + "/" + id, """
                {"website": null, "address": {"city": "Hamburg"}, "phones": ["+49 40 123456"]}""");
        assertThat(changed).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.website", website -> assertThat(website).isNull())
                .hasPathSatisfying("$.address.city", city -> assertThat(city).isEqualTo("Hamburg"))
                .hasPathSatisfying("$.address.street", street -> assertThat(street).isEqualTo("Hauptstraße 1"))
                .hasPathSatisfying("$.phones", phones -> assertThat(phones).asArray().containsExactly("+4940123456"))
                .hasPathSatisfying("$.emails", emails -> assertThat(emails).asArray().hasSize(2))
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Müller Maschinenbau GmbH"));
        assertThat(jdbc.sql("select count(*) from company_phones where company_id = ?").param(Long.parseLong(id))
                .query(Integer.class).single()).as("further phone numbers after the patch").isZero();

        assertThat(admin.delete(COMPANIES + "/" + id)).hasStatus(204);
        assertThat(admin.get(COMPANIES + "/" + id)).hasStatus(404);
        assertThat(admin.delete(COMPANIES + "/" + id)).hasStatus(404);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        MvcTestResult result = admin.post(COMPANIES, """
                {"name": " ", "emails": ["no-at-sign"], "phones": ["12"], "website": "not a site",
                 "address": {"country": "XX"}, "ownerId": "0"}""");

        assertThat(result).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("name", "emails[0]", "phones[0]", "website", "address.country", "ownerId");
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:validation-failed");
        assertThat(admin.post(COMPANIES, "{\"name\": \"X\", \"teamId\": \"999999999\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("teamId");
        assertThat(admin.post(COMPANIES, "{\"name\": \"X\", \"phones\": [\"030 1234567\"]}")).as("no country, no +")
                .hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("phones[0]");
    }

    @Test
    void mergePatchChecksTypesFieldsAndVersions() throws Exception {
        String id = admin.create(COMPANIES, "{\"name\": \"Patch " + ApiCalls.unique() + "\"}");
        String uri = COMPANIES + "/" + id;

        assertThat(admin.patch(uri, "{\"emails\": \"one@example.com\", \"nickname\": \"x\", \"address\": {\"planet\": \"Mars\"}}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("emails", "nickname", "address.planet");
        assertThat(admin.patch(uri, "[]")).hasStatus(422);
        assertThat(admin.patch(uri, "{\"name\": null}")).hasStatus(422).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("name");

        MvcTestResult current = admin.get(uri);
        Integer version = ApiCalls.read(current, "$.version");
        String body = current.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        MvcTestResult echo = admin.patch(uri, body);
        assertThat(echo).as("what a GET answered, sent back unchanged").hasStatusOk();
        MvcTestResult newer = admin.patch(uri, "{\"description\": \"Newer\", \"version\": " + version + "}");
        assertThat(newer).hasStatusOk();
        assertThat(admin.patch(uri, "{\"description\": \"Lost update\", \"version\": " + version + "}")).hasStatus(409)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:conflict");
        assertThat(admin.get(uri)).bodyJson().extractingPath("$.description").isEqualTo("Newer");
    }

    @Test
    void unknownCompaniesAndWrongMediaTypesAreRefused() throws Exception {
        assertThat(admin.get(COMPANIES + "/999999999")).hasStatus(404).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:clientele:problem:not-found");
        assertThat(admin.patch(COMPANIES + "/999999999", "{\"name\": \"X\"}")).hasStatus(404);
        assertThat(admin.delete(COMPANIES + "/999999999")).hasStatus(404);
        assertThat(mvc.post().uri(COMPANIES).header(HttpHeaders.AUTHORIZATION, bearer()).contentType(MediaType.TEXT_PLAIN)
                .content("name=X")).hasStatus(415).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:clientele:problem:unsupported-media-type");
        assertThat(mvc.patch().uri(COMPANIES + "/1").header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_XML).content("<name/>")).hasStatus(415);
        assertThat(admin.get(COMPANIES + "?sort=city")).hasStatus(422);
        assertThat(admin.get(COMPANIES + "?cursor=garbage")).hasStatus(422);
        assertThat(admin.get(COMPANIES + "?limit=201")).hasStatus(422);
        assertThat(admin.get(COMPANIES + "?country=XX")).hasStatus(422);
        assertThat(admin.get(COMPANIES + "?ownerId=abc")).hasStatus(400);
    }

    @Test
    void pagesThroughEverySortWithCursors() {
        String tag = ApiCalls.unique();
        List<String> names = List.of("delta", "Alpha", "charlie", "Echo", "bravo");
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(admin.create(COMPANIES, "{\"name\": \"" + name + " " + tag + "\"}"));
        }
        List<String> byName = List.of(ids.get(1), ids.get(4), ids.get(2), ids.get(0), ids.get(3));

        assertThat(readAll("sort=name&q=" + tag)).containsExactlyElementsOf(byName);
        assertThat(readAll("sort=-name&q=" + tag)).containsExactlyElementsOf(reversed(byName));
        assertThat(readAll("sort=createdAt&q=" + tag)).containsExactlyElementsOf(ids);
        assertThat(readAll("sort=-createdAt&q=" + tag)).containsExactlyElementsOf(reversed(ids));
        assertThat(readAll("q=" + tag)).as("by name unless told otherwise").containsExactlyElementsOf(byName);

        MvcTestResult first = admin.get(COMPANIES + "?limit=2&sort=name&q=" + tag);
        String cursor = ApiCalls.read(first, "$.next");
        assertThat(admin.get(COMPANIES + "?limit=2&sort=-name&q=" + tag + "&cursor=" + cursor)).as("cursor of another sort")
                .hasStatus(422);
    }

    @Test
    void filtersByOwnerTeamCountryAndText() {
        String tag = ApiCalls.unique();
        long teamId = context.getBean(TeamManagement.class).create(new TeamForm("Filters " + tag, null)).id();
        long otherOwner = TestAccounts.create(context, "Other owner", Set.of(Role.SALES)).user().id();
        String french = admin.create(COMPANIES, "{\"name\": \"Fromagerie " + tag + "\", \"address\": {\"country\": \"FR\"}, "
                + "\"teamId\": \"" + teamId + "\", \"emails\": [\"bonjour@fromagerie-" + tag + ".fr\"]}");
        String other = admin.create(COMPANIES, "{\"name\": \"Brauerei " + tag + "\", \"address\": {\"country\": \"DE\"}, "
                + "\"ownerId\": \"" + otherOwner + "\", \"phones\": [\"+49 89 1234567\"], \"alternativeNames\": \"Bräu " + tag + "\"}");

        assertThat(ids("q=" + tag + "&country=fr")).containsExactly(french);
        assertThat(ids("q=" + tag + "&teamId=" + teamId)).containsExactly(french);
        assertThat(ids("q=" + tag + "&ownerId=" + otherOwner)).containsExactly(other);
        assertThat(ids("q=" + tag + "&ownerId=" + adminId)).containsExactly(french);
        assertThat(ids("q=bonjour@fromagerie-" + tag)).as("by e-mail").containsExactly(french);
        assertThat(ids("q=BRÄU " + tag)).as("by alternative name, any case").containsExactly(other);
        assertThat(ids("q=" + tag + "&country=de")).containsExactly(other);
        assertThat(ids("q=891234567")).as("by phone digits").contains(other);
        assertThat(ids("q=%25_" + tag)).as("wildcards are searched for, not used").isEmpty();
    }

    @Test
    void newCompaniesBelongToTheirCreatorAndTheirFirstTeam() {
        var sales = TestAccounts.create(context, "Creator", Set.of(Role.SALES));
        TeamManagement teams = context.getBean(TeamManagement.class);
        String tag = ApiCalls.unique();
        long first = teams.create(new TeamForm("A first " + tag, null)).id();
        long second = teams.create(new TeamForm("B second " + tag, null)).id();
        teams.putMember(second, sales.user().id(), false);
        teams.putMember(first, sales.user().id(), false);
        ApiCalls calls = new ApiCalls(mvc, encoder, sales.user().id());

        MvcTestResult created = calls.post(COMPANIES, "{\"name\": \"Own " + tag + "\"}");
        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.ownerId", owner -> assertThat(owner).isEqualTo(Long.toString(sales.user().id())))
                .hasPathSatisfying("$.teamId", team -> assertThat(team).isEqualTo(Long.toString(first)));
        assertThat(calls.post(COMPANIES, "{\"name\": \"Teamless " + tag + "\", \"teamId\": null}")).hasStatus(201)
                .bodyJson().extractingPath("$.teamId").isNull();
    }

    @Test
    void estimatesTheTotalOnlyWhereStatisticsCanTell() {
        admin.create(COMPANIES, "{\"name\": \"Counted " + ApiCalls.unique() + "\"}");
        jdbc.sql("analyze companies").update();
        long rows = jdbc.sql("select count(*) from companies").query(Long.class).single();

        assertThat(admin.get(COMPANIES + "?limit=1&count=estimate")).hasStatusOk().bodyJson().extractingPath("$.estimatedTotal")
                .asNumber().satisfies(estimate -> assertThat(estimate.longValue()).isEqualTo(rows));
        assertThat(admin.get(COMPANIES + "?limit=1")).bodyJson().doesNotHavePath("$.estimatedTotal");
        assertThat(admin.get(COMPANIES + "?limit=1&count=estimate&q=x")).bodyJson().doesNotHavePath("$.estimatedTotal");
        assertThat(admin.get(COMPANIES + "?count=exact")).hasStatus(422);
    }

    @Test
    void everyChangeIsAuditedWithWhoMadeIt() {
        String id = admin.create(COMPANIES, "{\"name\": \"Audited " + ApiCalls.unique() + "\"}");
        String requestId = "company-audit-" + UUID.randomUUID();

        assertThat(mvc.patch().uri(COMPANIES + "/" + id).header(HttpHeaders.AUTHORIZATION, bearer()).header("X-Request-Id", requestId)
                .contentType("application/merge-patch+json").content("{\"name\": \"Audited and renamed\", \"coOwnerIds\": [\""
                        + adminId + "\"]}")).hasStatusOk();

        Map<String, Object> revision = jdbc.sql("select * from audit_revisions where request_id = ?").param(requestId).query().singleRow();
        assertThat(revision).containsEntry("user_id", adminId).containsEntry("user_email", TestUsers.ADMIN_EMAIL);
        Map<String, Object> audited = jdbc.sql("select * from companies_aud where rev = ?").param(revision.get("id")).query().singleRow();
        assertThat(audited).containsEntry("id", Long.parseLong(id)).containsEntry("name", "Audited and renamed");
        assertThat(((Number) audited.get("revtype")).intValue()).as("revision type: modification").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from company_co_owners_aud where rev = ? and user_id = ?")
                .params(revision.get("id"), adminId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theApiDescriptionDocumentsBothResources() {
        MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatusOk().bodyJson().extractingPath("$.paths['/api/v1/companies'].post.requestBody.content"
                + "['application/json'].schema.$ref").asString().endsWith("CompanyInput");
        assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/contacts/{id}'].patch.summary").asString()
                .isEqualTo("Change a contact (JSON merge patch)");
        assertThat(docs).bodyJson().extractingPath("$.tags[*].name").asArray().contains("Companies", "Contacts");
    }

    private List<String> ids(String query) {
        MvcTestResult result = admin.get(COMPANIES + "?" + query);
        assertThat(result).as(query).hasStatusOk();
        return ApiCalls.read(result, "$.data[*].id");
    }

    /** Every id the list answers, reading two at a time. */
    private List<String> readAll(String query) {
        List<String> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            MvcTestResult page = admin.get(COMPANIES + "?limit=2&" + query + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page).as(query).hasStatusOk();
            all.addAll(ApiCalls.<List<String>>read(page, "$.data[*].id"));
            cursor = ApiCalls.read(page, "$.next");
            assertThat(++pages).as("pages of " + query).isLessThan(10);
        }
        while (cursor != null);
        return all;
    }

    private static List<String> reversed(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private String bearer() {
        java.time.Instant now = java.time.Instant.now();
        return "Bearer " + org.clientele.testing.ApiTokensForTests.token(encoder, adminId, now, now.plusSeconds(3600));
    }
}
