package org.clientele.sales.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The request inbox through the API on one database: matching by the seed's rules, the duplicate
 * flag, deciding on a match, the status actions, record visibility, and the rate-limit counter of
 * the web forms under concurrent posts. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RequestContract {

    static final String REQUESTS = "/api/v1/requests";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Autowired
    PostRateLimit rateLimit;

    SalesApi admin;
    String word;
    String companyId;
    String contactId;
    String domain;

    /** A company with a website and a contact there with an e-mail address and a phone. */
    @BeforeAll
    void customers() {
        admin = new SalesApi(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        word = SalesApi.unique();
        domain = "acme-" + word + ".example";
        companyId = admin.create("/api/v1/companies?allowDuplicates=true", """
                {"name": "Acme %s", "website": "https://www.%s", "address": {"country": "DE"}}""".formatted(word, domain));
        contactId = admin.create("/api/v1/contacts?allowDuplicates=true", """
                {"firstName": "Ann", "lastName": "Example %s", "companyId": "%s", "emails": ["ann@%s"], "phones": ["+49 711 %s"],
                 "address": {"country": "DE"}}""".formatted(word, companyId, domain, digits()));
    }

    @Test
    void aSenderIsMatchedByEMailAddressToTheContactAndByWebDomainToTheCompanyForVerification() {
        MvcTestResult created = admin.post(REQUESTS, """
                {"firstName": "Ann", "lastName": "Somebody", "email": "ANN@%s", "subject": "Prices"}""".formatted(domain));

        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.ticket", ticket -> assertThat(ticket).asString().matches("R-[2-9A-HJ-NP-Z]{8}"))
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("NEW"))
                .hasPathSatisfying("$.source", source -> assertThat(source).isEqualTo("MANUAL"))
                .hasPathSatisfying("$.email", email -> assertThat(email).isEqualTo("ann@" + domain))
                .hasPathSatisfying("$.contactId", id -> assertThat(id).isEqualTo(contactId))
                .hasPathSatisfying("$.companyId", id -> assertThat(id).isEqualTo(companyId))
                .hasPathSatisfying("$.matchVerified", verified -> assertThat(verified).isEqualTo(false));
    }

    @Test
    void aPhoneNumberWrittenAnotherWayFindsTheContact() {
        MvcTestResult created = admin.post(REQUESTS, """
                {"lastName": "Caller", "phone": "0711 %s", "country": "DE", "source": "PHONE"}""".formatted(digits()));

        assertThat(created).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.phone", phone -> assertThat(phone).isEqualTo("+49711" + digits()))
                .hasPathSatisfying("$.contactId", id -> assertThat(id).isEqualTo(contactId));
    }

    @Test
    void theCompanyNameFindsTheCompanyButAPublicMailDomainFindsNothing() {
        assertThat(admin.post(REQUESTS, "{\"companyName\": \"ACME " + word + "\"}")).hasStatus(201).bodyJson()
                .hasPathSatisfying("$.companyId", id -> assertThat(id).isEqualTo(companyId))
                .hasPathSatisfying("$.contactId", id -> assertThat(id).isNull());
        String mailer = "mailer-" + word + ".example";
        admin.create("/api/v1/companies?allowDuplicates=true", "{\"name\": \"Webmail user " + word + "\", \"emails\": [\"owner-"
                + word + "@gmail.com\"]}");
        assertThat(admin.post(REQUESTS, "{\"email\": \"someone-" + word + "@gmail.com\", \"website\": \"" + mailer + "\"}"))
                .as("another address at a public mail service").hasStatus(201).bodyJson()
                .hasPathSatisfying("$.companyId", id -> assertThat(id).isNull())
                .hasPathSatisfying("$.contactId", id -> assertThat(id).isNull());
    }

    @Test
    void theSameAddressWithTheSameSubjectWithinADayIsFlaggedAsADuplicate() {
        String email = "repeat-" + word + "@example.org";
        String first = admin.create(REQUESTS, "{\"email\": \"" + email + "\", \"subject\": \"Offer please\"}");
        MvcTestResult again = admin.post(REQUESTS, "{\"email\": \"" + email.toUpperCase() + "\", \"subject\": \" offer PLEASE \"}");
        MvcTestResult other = admin.post(REQUESTS, "{\"email\": \"" + email + "\", \"subject\": \"Another question\"}");

        assertThat(admin.get(REQUESTS + "/" + first)).bodyJson().extractingPath("$.duplicate").isEqualTo(false);
        assertThat(again).hasStatus(201).bodyJson().extractingPath("$.duplicate").isEqualTo(true);
        assertThat(other).hasStatus(201).bodyJson().extractingPath("$.duplicate").isEqualTo(false);
        assertThat(admin.get(REQUESTS + "?flag=duplicate&q=" + email)).hasStatusOk().bodyJson()
                .extractingPath("$.data[*].id").asArray().containsExactly(SalesApi.<String>read(again, "$.id"));
    }

    @Test
    void aUserConfirmsChoosesOrClearsTheMatch() {
        String id = admin.create(REQUESTS, "{\"email\": \"ann@" + domain + "\", \"subject\": \"Match " + word + "\"}");
        String ticket = SalesApi.read(admin.get(REQUESTS + "/" + id), "$.ticket");
        assertThat(admin.get(REQUESTS + "?unverified=true&q=" + ticket)).bodyJson().extractingPath("$.data[*].id").asArray()
                .containsExactly(id);

        assertThat(admin.post(REQUESTS + "/" + id + "/match", "{\"action\": \"confirm\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.matchVerified", verified -> assertThat(verified).isEqualTo(true))
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("IN_PROGRESS"));
        assertThat(admin.get(REQUESTS + "?unverified=true&q=" + ticket)).bodyJson().extractingPath("$.data").asArray().isEmpty();
        assertThat(admin.post(REQUESTS + "/" + id + "/match", "{\"action\": \"choose\", \"contactId\": \"99999999\"}"))
                .hasStatus(422);
        assertThat(admin.post(REQUESTS + "/" + id + "/match", "{\"action\": \"choose\", \"companyId\": \"" + companyId + "\"}"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.contactId", value -> assertThat(value).isNull())
                .hasPathSatisfying("$.companyId", value -> assertThat(value).isEqualTo(companyId))
                .hasPathSatisfying("$.matchVerified", verified -> assertThat(verified).isEqualTo(true));
        assertThat(admin.post(REQUESTS + "/" + id + "/match", "{\"action\": \"clear\"}")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.companyId", value -> assertThat(value).isNull())
                .hasPathSatisfying("$.matchVerified", verified -> assertThat(verified).isEqualTo(false));
    }

    @Test
    void aClosedRequestIsReadOnlyUntilReopenedAndTheListPagesByKeyset() {
        String id = admin.create(REQUESTS, "{\"lastName\": \"Closer " + word + "\", \"subject\": \"One\"}");
        assertThat(admin.patch(REQUESTS + "/" + id, "{\"subject\": \"Two\", \"version\": 0}")).hasStatusOk().bodyJson()
                .extractingPath("$.subject").isEqualTo("Two");
        assertThat(admin.patch(REQUESTS + "/" + id, "{\"subject\": \"Late\", \"version\": 0}")).hasStatus(409);
        assertThat(admin.patch(REQUESTS + "/" + id, "{\"email\": \"not an address\"}")).hasStatus(422);
        assertThat(admin.post(REQUESTS + "/" + id + "/close", "")).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("CLOSED");
        assertThat(admin.patch(REQUESTS + "/" + id, "{\"subject\": \"Three\"}")).hasStatus(409);
        assertThat(admin.post(REQUESTS + "/" + id + "/reopen", "")).hasStatusOk().bodyJson().extractingPath("$.status")
                .isEqualTo("IN_PROGRESS");
        admin.create(REQUESTS, "{\"lastName\": \"Closer " + word + " second\"}");
        MvcTestResult first = admin.get(REQUESTS + "?limit=1&sort=name&q=closer " + word);
        assertThat(first).bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(id);
        String next = SalesApi.read(first, "$.next");
        assertThat(admin.get(REQUESTS + "?limit=1&sort=name&q=closer " + word + "&cursor=" + next)).bodyJson()
                .extractingPath("$.data[*].lastName").asArray().containsExactly("Closer " + word + " second");
        assertThat(admin.delete(REQUESTS + "/" + id)).hasStatus(204);
        assertThat(admin.get(REQUESTS + "/" + id)).hasStatus(404);
    }

    @Test
    void createDealConvertsARequestIntoADealLinkedToItAndItsMatch() {
        String id = admin.create(REQUESTS, "{\"email\": \"ann@" + domain + "\", \"subject\": \"Deal " + word
                + "\", \"message\": \"Twenty seats\"}");

        MvcTestResult converted = admin.post(REQUESTS + "/" + id + "/convert", "");
        assertThat(converted).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.status", status -> assertThat(status).isEqualTo("CONVERTED"))
                .hasPathSatisfying("$.dealId", deal -> assertThat(deal).isNotNull());
        String dealId = SalesApi.read(converted, "$.dealId");
        assertThat(admin.get("/api/v1/deals/" + dealId)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.name", name -> assertThat(name).isEqualTo("Deal " + word))
                .hasPathSatisfying("$.requestId", request -> assertThat(request).isEqualTo(id))
                .hasPathSatisfying("$.contactId", contact -> assertThat(contact).isEqualTo(contactId))
                .hasPathSatisfying("$.companyId", company -> assertThat(company).isEqualTo(companyId));
        assertThat(admin.post(REQUESTS + "/" + id + "/convert", "")).as("converted already").hasStatus(409);
        assertThat(admin.patch(REQUESTS + "/" + id, "{\"subject\": \"Later\"}")).hasStatus(409);
        assertThat(admin.delete(REQUESTS + "/" + id)).hasStatus(409);

        String supportCase = admin.create(REQUESTS, "{\"lastName\": \"Case " + word + "\", \"supportCase\": true}");
        assertThat(admin.post(REQUESTS + "/" + supportCase + "/convert", "")).hasStatus(409);
        assertThat(admin.get(REQUESTS + "/" + supportCase)).bodyJson().extractingPath("$.dealId").isNull();
    }

    @Test
    void requestsFollowRecordVisibility() {
        VisibilityFixture fixture = VisibilityFixture.create(context);
        SalesApi salesA = new SalesApi(mvc, encoder, fixture.salesA().user().id());
        String own = salesA.create(REQUESTS, "{\"lastName\": \"Visible " + word + "\"}");
        assertThat(admin.get(REQUESTS + "/" + own)).hasStatusOk().bodyJson().extractingPath("$.teamId")
                .isEqualTo(Long.toString(fixture.teamA()));
        fixture.assertListShows(mvc, fixture.salesA(), REQUESTS + "?q=visible " + word, Long.parseLong(own));
        fixture.assertListShows(mvc, fixture.salesB(), REQUESTS + "?q=visible " + word);
        fixture.assertListShows(mvc, fixture.managerA(), REQUESTS + "?q=visible " + word, Long.parseLong(own));
        fixture.assertDetailHidden(mvc, fixture.salesB(), REQUESTS + "/" + own);
        assertThat(new SalesApi(mvc, encoder, fixture.salesB().user().id()).post(REQUESTS + "/" + own + "/close", ""))
                .hasStatus(404);
    }

    @Test
    void theRateLimitLetsTwentyOfManyConcurrentPostsFromOneAddressThrough() throws Exception {
        String address = "203.0.113." + (1 + Math.abs(word.hashCode() % 250));
        Instant now = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> posts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                posts.add(() -> rateLimit.admit(address, now));
            }
            long admitted = 0;
            for (Future<Boolean> post : pool.invokeAll(posts)) {
                admitted += post.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(PostRateLimit.LIMIT);
        }
        finally {
            pool.shutdown();
        }
        assertThat(rateLimit.admit(address, now.plusSeconds(30))).as("still within the minute").isFalse();
        assertThat(rateLimit.admit("198.51.100.7" + word.length(), now)).as("another address").isTrue();
        assertThat(rateLimit.admit(address, now.plus(PostRateLimit.WINDOW).plusSeconds(1))).as("a minute later").isTrue();
    }

    private String digits() {
        return Integer.toString(1000000 + Math.abs(word.hashCode() % 8000000));
    }
}
