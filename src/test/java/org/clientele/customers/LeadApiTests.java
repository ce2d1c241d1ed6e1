package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/v1/leads}: create, read, merge-patch, delete, validation, the status transitions and conversion. */
@ClienteleTest
@RecordApplicationEvents
class LeadApiTests {

    private static final String LEADS = "/api/v1/leads";
    private static final String COMPANIES = "/api/v1/companies";
    private static final String CONTACTS = "/api/v1/contacts";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private ApiCalls admin;

    @BeforeEach
    void signIn() {
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void createsReadsChangesAndDeletesALead() {
        MvcTestResult created = admin.post(LEADS + "?allowDuplicates=true", """
                {"firstName": " Anna ", "lastName": "Schmidt", "title": "CTO", "email": "Anna@Schmidt.example", "phone": "030 1234567",
                 "companyName": "Schmidt Software", "website": "schmidt.example", "address": {"city": "Berlin", "country": "DE"},
                 "sourceId": "%s", "description": "Met at the fair."}""".formatted(sourceId("Trade fair")));

        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("NEW"))
                .hasPathSatisfying("$.firstName", name -> assertThat(name).isEqualTo("Anna"))
                .hasPathSatisfying("$.email", email -> assertThat(email).isEqualTo("anna@schmidt.example"))
                .hasPathSatisfying("$.phone", phone -> assertThat(phone).isEqualTo("+49301234567"))
                .hasPathSatisfying("$.website", site -> assertThat(site).isEqualTo("https://schmidt.example"))
                .hasPathSatisfying("$.sourceId", source -> assertThat(source).isEqualTo(Long.toString(sourceId("Trade fair"))));
        String id = ApiCalls.read(created, "$.id");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo(LEADS + "/" + id);

        assertThat(admin.patch(LEADS + "/" + id, "{\"title\": null, \"companyName\": \"Schmidt Software GmbH\", \"version\": 0}"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.title", value -> assertThat(value).isNull())
                .hasPathSatisfying("$.companyName", value -> assertThat(value).isEqualTo("Schmidt Software GmbH"))
                .hasPathSatisfying("$.lastName", value -> assertThat(value).isEqualTo("Schmidt"));
        assertThat(admin.patch(LEADS + "/" + id, "{\"title\": \"Late\", \"version\": 0}")).as("made from an outdated version")
                .hasStatus(409);
        assertThat(admin.get(LEADS + "?sourceId=" + sourceId("Trade fair") + "&q=schmidt software")).hasStatusOk().bodyJson()
                .extractingPath("$.data[*].id").asArray().contains(id);
        assertThat(admin.delete(LEADS + "/" + id)).hasStatus(204);
        assertThat(admin.get(LEADS + "/" + id)).hasStatus(404);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThat(admin.post(LEADS, """
                {"firstName": " ", "email": "nope", "phone": "+1 2", "website": "not a site", "sourceId": "999999999",
                 "address": {"country": "Germany"}}"""))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("lastName", "email", "phone", "website", "sourceId", "address.country");
        assertThat(admin.post(LEADS, "{\"lastName\": \"Typo\", \"colour\": \"red\"}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("colour");
        assertThat(admin.get(LEADS + "?status=LOST")).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");
        assertThat(admin.get(LEADS + "?sort=email")).hasStatus(422);
        assertThat(admin.get(LEADS + "/999999999")).hasStatus(404);
        assertThat(admin.post(LEADS + "/999999999/qualify", "{}")).hasStatus(404);
    }

    @Test
    void qualifiesDisqualifiesWithAReasonAndReopens() {
        String id = admin.create(LEADS, "{\"lastName\": \"Transit " + ApiCalls.unique() + "\"}");

        assertThat(admin.post(LEADS + "/" + id + "/reopen", "{}")).as("a new lead is not reopened").hasStatus(409)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:clientele:problem:conflict");
        assertThat(admin.post(LEADS + "/" + id + "/qualify", "{}")).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("QUALIFIED");
        assertThat(admin.post(LEADS + "/" + id + "/qualify", "{}")).hasStatus(409);
        assertThat(admin.post(LEADS + "/" + id + "/disqualify", "{\"reason\": \"  \"}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("reason");
        assertThat(admin.post(LEADS + "/" + id + "/disqualify", "{\"reason\": \"No budget\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("DISQUALIFIED"))
                .hasPathSatisfying("$.disqualifyReason", reason -> assertThat(reason).isEqualTo("No budget"));
        assertThat(admin.post(LEADS + "/" + id + "/convert", "{}")).as("a disqualified lead is not converted").hasStatus(409);
        assertThat(admin.post(LEADS + "/" + id + "/reopen", "{}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("NEW"))
                .hasPathSatisfying("$.disqualifyReason", reason -> assertThat(reason).isNull());
        assertThat(admin.get(LEADS + "?status=new&q=transit")).hasStatusOk().bodyJson().extractingPath("$.data[*].id").asArray()
                .contains(id);
    }

    @Test
    void convertsIntoANewCompanyAndContactAndBecomesReadOnly() {
        String tag = ApiCalls.unique();
        String id = admin.create(LEADS, """
                {"firstName": "Lea", "lastName": "Kurz %s", "title": "Buyer", "email": "lea@kurz-%s.example",
                 "companyName": "Kurz %s AG", "website": "https://kurz-%s.example", "companyPhone": "+41 44 2123456",
                 "address": {"city": "Zürich", "country": "CH"}}""".formatted(tag, tag, tag, tag));
        events.clear();

        MvcTestResult converted = admin.post(LEADS + "/" + id + "/convert", "{}");

        assertThat(converted).hasStatusOk();
        String companyId = ApiCalls.read(converted, "$.companyId");
        String contactId = ApiCalls.read(converted, "$.contactId");
        assertThat(admin.get(COMPANIES + "/" + companyId)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Kurz " + tag + " AG"))
                .hasPathSatisfying("$.phones[0]", phone -> assertThat(phone).isEqualTo("+41442123456"))
                .hasPathSatisfying("$.address.country", country -> assertThat(country).isEqualTo("CH"));
        assertThat(admin.get(CONTACTS + "/" + contactId)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.companyId", company -> assertThat(company).isEqualTo(companyId))
                .hasPathSatisfying("$.emails[0]", email -> assertThat(email).isEqualTo("lea@kurz-" + tag + ".example"));
        assertThat(admin.get(LEADS + "/" + id)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("CONVERTED"))
                .hasPathSatisfying("$.convertedCompanyId", company -> assertThat(company).isEqualTo(companyId))
                .hasPathSatisfying("$.convertedContactId", contact -> assertThat(contact).isEqualTo(contactId))
                .hasPathSatisfying("$.convertedAt", at -> assertThat(at).isNotNull())
                .hasPathSatisfying("$.convertedBy", by -> assertThat(by).isEqualTo(Long.toString(setup.firstAdministratorId().orElseThrow())));
        assertThat(events.stream(LeadConverted.class)).containsExactly(new LeadConverted(Long.parseLong(id), Long.parseLong(companyId),
                Long.parseLong(contactId), setup.firstAdministratorId().orElseThrow()));

        assertThat(admin.patch(LEADS + "/" + id, "{\"title\": \"Changed\"}")).hasStatus(409);
        assertThat(admin.post(LEADS + "/" + id + "/convert", "{}")).hasStatus(409);
        assertThat(admin.post(LEADS + "/" + id + "/disqualify", "{\"reason\": \"Too late\"}")).hasStatus(409);
        assertThat(admin.delete(LEADS + "/" + id)).hasStatus(409);
    }

    @Test
    void convertsOntoAnExistingCompanyAndContact() {
        String tag = ApiCalls.unique();
        String company = admin.create(COMPANIES, "{\"name\": \"Matching " + tag + " Ltd\", \"website\": \"www.matching-" + tag + ".example\"}");
        String contact = admin.create(CONTACTS, "{\"lastName\": \"Known " + tag + "\", \"emails\": [\"known@matching-" + tag
                + ".example\"], \"companyId\": \"" + company + "\"}");
        String byName = admin.createAnyway(LEADS, "{\"lastName\": \"Known " + tag + "\", \"email\": \"known@matching-" + tag
                + ".example\", \"companyName\": \"MATCHING " + tag + " LTD\"}");
        String byDomain = admin.createAnyway(LEADS, "{\"companyName\": \"Other name " + tag + "\", \"website\": \"https://matching-" + tag
                + ".example/about\"}");
        long companiesBefore = count("companies");
        long contactsBefore = count("contacts");

        assertThat(admin.post(LEADS + "/" + byName + "/convert", "{\"companyId\": \"999999999\", \"contactId\": \"999999999\"}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("companyId", "contactId");
        assertThat(admin.post(LEADS + "/" + byName + "/convert", "{\"companyId\": \"" + company + "\", \"contactId\": \"" + contact + "\"}"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.companyId", id -> assertThat(id).isEqualTo(company))
                .hasPathSatisfying("$.contactId", id -> assertThat(id).isEqualTo(contact));
        assertThat(admin.post(LEADS + "/" + byDomain + "/convert", "{\"companyId\": \"" + company + "\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.contactId", id -> assertThat(id).as("no person, no contact").isNull());
        assertThat(count("companies")).isEqualTo(companiesBefore);
        assertThat(count("contacts")).isEqualTo(contactsBefore);
    }

    @Test
    void aLeadWithoutACompanyNameNeedsAnExistingCompany() {
        String id = admin.create(LEADS, "{\"firstName\": \"Solo\", \"lastName\": \"Trader " + ApiCalls.unique() + "\"}");

        assertThat(admin.post(LEADS + "/" + id + "/convert", "{}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("companyId");
        assertThat(admin.get(LEADS + "/" + id)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("NEW");
    }

    @Test
    void pagesByNameWithTheCompanyNameForLeadsWithoutAPerson() {
        String tag = ApiCalls.unique();
        List<String> ids = new ArrayList<>();
        ids.add(admin.create(LEADS, "{\"firstName\": \"Zed\", \"lastName\": \"Berg " + tag + "\"}"));
        ids.add(admin.create(LEADS, "{\"companyName\": \"Alpha " + tag + "\"}"));
        ids.add(admin.create(LEADS, "{\"firstName\": \"Ann\", \"lastName\": \"Cole " + tag + "\"}"));
        List<String> byName = new ArrayList<>();
        String cursor = null;
        do {
            MvcTestResult page = admin.get(LEADS + "?limit=1&q=" + tag + (cursor == null ? "" : "&cursor=" + cursor));
            byName.addAll(ApiCalls.<List<String>>read(page, "$.data[*].id"));
            cursor = ApiCalls.read(page, "$.next");
        }
        while (cursor != null);
        assertThat(byName).containsExactly(ids.get(1), ids.get(0), ids.get(2));
        assertThat(ApiCalls.<List<String>>read(admin.get(LEADS + "?sort=-createdAt&q=" + tag), "$.data[*].id"))
                .containsExactly(ids.get(2), ids.get(1), ids.get(0));
    }

    private long sourceId(String name) {
        return jdbc.sql("select id from lead_sources where name = ? and team_id is null").param(name).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
