package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.clientele.identity.Role;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/v1/contacts}: create, read, merge-patch, delete, validation, company links, search and paging. */
@ClienteleTest
class ContactApiTests {

    private static final String CONTACTS = "/api/v1/contacts";
    private static final String COMPANIES = "/api/v1/companies";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    private ApiCalls admin;

    @BeforeEach
    void signIn() {
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void createsReadsChangesAndDeletesAContactAtACompany() {
        String company = admin.create(COMPANIES, "{\"name\": \"Acme " + ApiCalls.unique() + "\"}");
        MvcTestResult created = admin.post(CONTACTS + "?allowDuplicates=true", """
                {"firstName": " Anna ", "lastName": "Müller", "title": "Head of Purchasing", "companyId": "%s",
                 "emails": ["Anna.Mueller@Acme.example"], "phones": ["0049 30 1234567"], "birthday": "1985-04-23",
                 "address": {"city": "Berlin", "country": "DE"}}""".formatted(company));

        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.firstName", name -> assertThat(name).isEqualTo("Anna"))
                .hasPathSatisfying("$.companyId", id -> assertThat(id).isEqualTo(company))
                .hasPathSatisfying("$.companyName", name -> assertThat(name).asString().startsWith("Acme "))
                .hasPathSatisfying("$.emails[0]", email -> assertThat(email).isEqualTo("anna.mueller@acme.example"))
                .hasPathSatisfying("$.phones[0]", phone -> assertThat(phone).isEqualTo("+49301234567"))
                .hasPathSatisfying("$.birthday", birthday -> assertThat(birthday).isEqualTo("1985-04-23"));
        String id = ApiCalls.read(created, "$.id");

        assertThat(admin.get(CONTACTS + "?companyId=" + company)).hasStatusOk().bodyJson().extractingPath("$.data[*].id")
                .asArray().containsExactly(id);
        assertThat(admin.patch(CONTACTS + "/" + id, "{\"companyId\": null, \"birthday\": null, \"title\": \"Consultant\"}"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.companyId", value -> assertThat(value).isNull())
                .hasPathSatisfying("$.birthday", value -> assertThat(value).isNull())
                .hasPathSatisfying("$.lastName", value -> assertThat(value).isEqualTo("Müller"));
        assertThat(admin.delete(CONTACTS + "/" + id)).hasStatus(204);
        assertThat(admin.get(CONTACTS + "/" + id)).hasStatus(404);
    }

    /** The contact is read with its addresses, numbers and co-owners in one statement, whose rows multiply them. */
    @Test
    void aContactIsReadBackWithEachAddressNumberAndCoOwnerOnceInOrder() {
        Account first = TestAccounts.create(context, "Co-owner", Set.of(Role.SALES));
        Account second = TestAccounts.create(context, "Co-owner", Set.of(Role.SALES));
        String tag = ApiCalls.unique();
        String id = admin.createAnyway(CONTACTS, """
                {"lastName": "Many %s", "emails": ["c.%s@example.org", "a.%s@example.org", "b.%s@example.org"],
                 "phones": ["+49301111111", "+49302222222", "+49303333333"], "coOwnerIds": ["%d", "%d"]}"""
                .formatted(tag, tag, tag, tag, first.user().id(), second.user().id()));

        assertThat(admin.get(CONTACTS + "/" + id)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.emails", emails -> assertThat(emails).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactly("c." + tag + "@example.org", "a." + tag + "@example.org", "b." + tag + "@example.org"))
                .hasPathSatisfying("$.phones", phones -> assertThat(phones).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactly("+49301111111", "+49302222222", "+49303333333"))
                .hasPathSatisfying("$.coOwnerIds", owners -> assertThat(owners).asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactlyInAnyOrder(String.valueOf(first.user().id()), String.valueOf(second.user().id())));
    }

    /** Over HTTP, not MockMvc: a response flushed before it ends goes out in chunks, two writes instead of one. */
    @Test
    void aCreatedContactIsAnsweredInOnePieceWithItsLength() throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + CONTACTS)).header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString("{\"lastName\": \"Whole " + ApiCalls.unique() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(location -> assertThat(location)
                .isEqualTo(CONTACTS + "/" + JsonPath.read(answer.body(), "$.id")));
        assertThat(answer.headers().firstValueAsLong(HttpHeaders.CONTENT_LENGTH))
                .hasValue(answer.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThat(admin.post(CONTACTS, """
                {"firstName": " ", "emails": ["nope"], "phones": ["+1 2"], "birthday": "2999-01-01", "companyId": "999999999",
                 "address": {"country": "Germany"}}"""))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("firstName", "emails[0]", "phones[0]", "birthday", "companyId", "address.country");
        assertThat(admin.post(CONTACTS, "{\"lastName\": \"Date\", \"birthday\": \"23.04.1985\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("birthday");
        assertThat(admin.get(CONTACTS + "/999999999")).hasStatus(404);
        assertThat(admin.delete(CONTACTS + "/999999999")).hasStatus(404);
        assertThat(mvc.post().uri(CONTACTS).header(HttpHeaders.AUTHORIZATION, bearerOfAdmin()).contentType(MediaType.TEXT_PLAIN)
                .content("x")).hasStatus(415);
    }

    @Test
    void aContactCanOnlyBePutAtACompanyItsEditorMaySee() {
        Account owner = TestAccounts.create(context, "Company owner", Set.of(Role.SALES));
        Account other = TestAccounts.create(context, "Other sales", Set.of(Role.SALES));
        String hidden = new ApiCalls(mvc, encoder, owner.user().id()).create(COMPANIES, "{\"name\": \"Hidden " + ApiCalls.unique() + "\"}");
        ApiCalls calls = new ApiCalls(mvc, encoder, other.user().id());

        assertThat(calls.post(CONTACTS, "{\"lastName\": \"Sneaky\", \"companyId\": \"" + hidden + "\"}")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("companyId");
        String contact = admin.create(CONTACTS, "{\"lastName\": \"Placed\", \"companyId\": \"" + hidden + "\", \"ownerId\": \""
                + other.user().id() + "\"}");
        assertThat(calls.patch(CONTACTS + "/" + contact, "{\"title\": \"Still there\"}")).as("an unchanged company may stay")
                .hasStatusOk();
    }

    @Test
    void aCompanyWithContactsIsNotDeleted() {
        String company = admin.create(COMPANIES, "{\"name\": \"Busy " + ApiCalls.unique() + "\"}");
        String contact = admin.create(CONTACTS, "{\"lastName\": \"Worker\", \"companyId\": \"" + company + "\"}");

        assertThat(admin.delete(COMPANIES + "/" + company)).hasStatus(409).bodyJson().extractingPath("$.detail").asString()
                .contains("Contacts still work at this company");
        assertThat(admin.patch(CONTACTS + "/" + contact, "{\"companyId\": null}")).hasStatusOk();
        assertThat(admin.delete(COMPANIES + "/" + company)).hasStatus(204);
    }

    @Test
    void searchesEveryWordOfTheNameAndPagesByLastName() {
        String tag = ApiCalls.unique();
        List<String> ids = new ArrayList<>();
        for (String[] name : new String[][] {{"Zoe", "Adams"}, {"Anna", "Müller"}, {"Bert", "adams"}, {"Carl", "Young"}}) {
            ids.add(admin.create(CONTACTS, "{\"firstName\": \"" + name[0] + "\", \"lastName\": \"" + name[1] + " " + tag + "\"}"));
        }

        assertThat(ids("q=anna müller " + tag)).containsExactly(ids.get(1));
        assertThat(ids("q=ADAMS " + tag)).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        List<String> byName = new ArrayList<>();
        String cursor = null;
        do {
            MvcTestResult page = admin.get(CONTACTS + "?limit=1&q=" + tag + (cursor == null ? "" : "&cursor=" + cursor));
            byName.addAll(ApiCalls.<List<String>>read(page, "$.data[*].id"));
            cursor = ApiCalls.read(page, "$.next");
        }
        while (cursor != null);
        assertThat(byName).as("last name, then first name, in any case").containsExactly(ids.get(2), ids.get(0), ids.get(1), ids.get(3));
        assertThat(ids("sort=-createdAt&q=" + tag)).containsExactly(ids.get(3), ids.get(2), ids.get(1), ids.get(0));
    }

    @Test
    void digitsAreLookedForInNamesAsWellAsInPhoneNumbers() {
        String digits = Long.toString(100_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(899_999_999L));
        String named = admin.create(CONTACTS, "{\"lastName\": \"Agent " + digits + "\"}");
        String called = admin.create(CONTACTS, "{\"lastName\": \"Caller\", \"phones\": [\"+49 30 " + digits.substring(0, 7) + "\"]}");

        assertThat(ids("q=" + digits)).containsExactly(named);
        assertThat(ids("q=030 " + digits.substring(0, 7))).contains(called);
    }

    private List<String> ids(String query) {
        MvcTestResult result = admin.get(CONTACTS + "?" + query);
        assertThat(result).as(query).hasStatusOk();
        return ApiCalls.read(result, "$.data[*].id");
    }

    private String bearerOfAdmin() {
        java.time.Instant now = java.time.Instant.now();
        return "Bearer " + org.clientele.testing.ApiTokensForTests.token(encoder, setup.firstAdministratorId().orElseThrow(), now,
                now.plusSeconds(3600));
    }
}
