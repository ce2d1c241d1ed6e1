package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.clientele.platform.SetupStatus;
import org.clientele.testing.TestAccounts.Account;
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
 * Duplicate detection on create through the API, rule by rule: e-mail (main and further, ignoring
 * case), phone (the same number written in other ways), name, web domain (not of public mail
 * services), the 409 problem, creating anyway, and candidates limited to what the creator may see.
 * The existing records belong to the fixture's sales user A, who sees only their own, so the
 * candidates are exactly known whatever else the database holds. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DuplicateDetectionContract {

    static final String COMPANIES = "/api/v1/companies";
    static final String CONTACTS = "/api/v1/contacts";
    static final String LEADS = "/api/v1/leads";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    DuplicateDetection detection;

    VisibilityFixture fixture;
    ApiCalls salesA;
    ApiCalls salesB;
    String tag;
    String berlinNumber;
    String brandt;
    String brandtContact;
    String lead;

    @BeforeAll
    void createRecords() {
        fixture = VisibilityFixture.create(context);
        salesA = as(fixture.salesA());
        salesB = as(fixture.salesB());
        tag = ApiCalls.unique();
        int local = ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999);
        berlinNumber = "+4930" + local;
        brandt = salesA.createAnyway(COMPANIES, """
                {"name": "Brandt %1$s GmbH", "website": "https://www.brandt-%1$s.example/about",
                 "emails": ["info@brandt-%1$s.example", "Sales.%1$s@Mail-Partner.example"], "phones": ["+1 212 555 0100", "%2$s"]}"""
                .formatted(tag, berlinNumber));
        brandtContact = salesA.createAnyway(CONTACTS, """
                {"firstName": "Anna", "lastName": "Brandt-%1$s", "companyId": "%2$s",
                 "emails": ["anna.%1$s@gmail.com", "anna@brandt-%1$s.example"], "phones": []}""".formatted(tag, brandt));
        lead = salesA.createAnyway(LEADS, """
                {"firstName": "Lea", "lastName": "Kurz-%1$s", "companyName": "Kurz %1$s AG", "email": "lea.%1$s@outlook.com",
                 "website": "kurz-%1$s.example"}""".formatted(tag));
    }

    @Test
    void aCompanyWithAnAddressOfAnotherOneIsFoundIgnoringCaseAndWhetherItIsTheMainAddress() {
        assertThat(duplicates(salesA.post(COMPANIES, "{\"name\": \"Other " + tag + "\", \"emails\": [\"SALES." + tag
                + "@mail-partner.example\"]}"))).containsExactly(candidate("company", brandt, "email"));
    }

    @Test
    void theSameNumberWrittenInOtherWaysIsFoundByPhone() {
        String national = "0" + berlinNumber.substring(3, 5) + " " + berlinNumber.substring(5);
        assertThat(duplicates(salesA.post(COMPANIES, "{\"name\": \"Else " + tag + "\", \"phones\": [\"" + national
                + "\"], \"address\": {\"country\": \"DE\"}}"))).containsExactly(candidate("company", brandt, "phone"));
        String international = "+49 (" + berlinNumber.substring(3, 5) + ") " + berlinNumber.substring(5, 8) + "-" + berlinNumber.substring(8);
        assertThat(duplicates(salesA.post(COMPANIES, "{\"name\": \"Else " + tag + "\", \"phones\": [\"" + international + "\"]}")))
                .containsExactly(candidate("company", brandt, "phone"));
        assertThat(duplicates(salesA.post(CONTACTS, "{\"lastName\": \"Nobody " + tag + "\", \"phones\": [\"" + international + "\"]}")))
                .as("no contact has it").isEmpty();
    }

    @Test
    void aCompanyIsFoundByItsNameInAnyCase() {
        assertThat(duplicates(salesA.post(COMPANIES, "{\"name\": \"BRANDT " + tag.toUpperCase() + " GMBH\"}")))
                .containsExactly(candidate("company", brandt, "name"));
    }

    @Test
    void aCompanyIsFoundByTheWebDomainOfItsWebsiteOrOfAnEmailAddress() {
        assertThat(duplicates(salesA.post(COMPANIES, "{\"name\": \"B " + tag + "\", \"website\": \"http://brandt-" + tag + ".example\"}")))
                .containsExactly(candidate("company", brandt, "domain"));
        assertThat(duplicates(salesA.post(COMPANIES, "{\"name\": \"B " + tag + "\", \"emails\": [\"hello@brandt-" + tag + ".example\"]}")))
                .containsExactly(candidate("company", brandt, "domain"));
    }

    @Test
    void publicMailDomainsAreNoWebDomain() {
        as(fixture.salesA()).create(COMPANIES, "{\"name\": \"Gmail user " + tag + "\", \"emails\": [\"first." + tag + "@gmail.com\"]}");
        MvcTestResult second = salesA.post(COMPANIES, "{\"name\": \"Other gmail user " + tag + "\", \"emails\": [\"second." + tag
                + "@gmail.com\"]}");
        assertThat(second).hasStatus(201);
        assertThat(WebDomains.ofEmail("x@yahoo.co.uk")).isNull();
        assertThat(WebDomains.ofEmail("x@web.de")).isNull();
        assertThat(WebDomains.ofEmail("x@proton.me")).isNull();
        assertThat(WebDomains.ofEmail("x@Brandt.example")).isEqualTo("brandt.example");
    }

    @Test
    void aContactIsFoundByTheSameNameAtTheSameCompanyOnly() {
        assertThat(duplicates(salesA.post(CONTACTS, "{\"firstName\": \"anna\", \"lastName\": \"brandt-" + tag + "\", \"companyId\": \""
                + brandt + "\"}"))).containsExactly(candidate("contact", brandtContact, "name"));
        assertThat(salesA.post(CONTACTS + "?allowDuplicates=false", "{\"firstName\": \"Anna\", \"lastName\": \"Brandt-" + tag + "\"}"))
                .as("the same name without the company").hasStatus(201);
    }

    @Test
    void aContactIsFoundByAFurtherEmailAddress() {
        assertThat(duplicates(salesA.post(CONTACTS, "{\"lastName\": \"X " + tag + "\", \"emails\": [\"Anna@Brandt-" + tag + ".example\"]}")))
                .containsExactly(candidate("contact", brandtContact, "email"));
    }

    @Test
    void aLeadIsFoundByPersonAndCompanyNameAndMayAlreadyBeAContactOrACompany() {
        assertThat(duplicates(salesA.post(LEADS, "{\"firstName\": \"LEA\", \"lastName\": \"kurz-" + tag + "\", \"companyName\": \"kurz "
                + tag + " ag\"}"))).containsExactly(candidate("lead", lead, "name"));
        assertThat(duplicates(salesA.post(LEADS, "{\"lastName\": \"Y " + tag + "\", \"email\": \"anna@brandt-" + tag + ".example\"}")))
                .containsExactly(candidate("company", brandt, "domain"), candidate("contact", brandtContact, "email"));
        assertThat(duplicates(salesA.post(LEADS, "{\"lastName\": \"Z " + tag + "\", \"website\": \"www.kurz-" + tag + ".example\"}")))
                .containsExactly(candidate("lead", lead, "domain"));
        assertThat(duplicates(salesA.post(LEADS, "{\"lastName\": \"Z " + tag + "\", \"email\": \"LEA." + tag + "@outlook.com\"}")))
                .containsExactly(candidate("lead", lead, "email"));
    }

    @Test
    void theConflictNamesEachCandidateAndItsRuleAndNothingIsSaved() {
        MvcTestResult conflict = salesA.post(COMPANIES, "{\"name\": \"Brandt " + tag + " GmbH\"}");
        assertThat(conflict).hasStatus(409).hasContentType("application/problem+json").bodyJson()
                .hasPathSatisfying("$.type", type -> assertThat(type).isEqualTo("urn:clientele:problem:conflict"))
                .hasPathSatisfying("$.candidates", ids -> assertThat(ids).asArray().containsExactly(brandt))
                .hasPathSatisfying("$.duplicates[0].type", type -> assertThat(type).isEqualTo("company"))
                .hasPathSatisfying("$.duplicates[0].id", id -> assertThat(id).isEqualTo(brandt))
                .hasPathSatisfying("$.duplicates[0].name", name -> assertThat(name).isEqualTo("Brandt " + tag + " GmbH"))
                .hasPathSatisfying("$.duplicates[0].matchedOn", rule -> assertThat(rule).isEqualTo("name"));
        List<String> names = ApiCalls.read(salesA.get(COMPANIES + "?q=" + tag + "&limit=200"), "$.data[*].name");
        assertThat(names).as("nothing saved").containsOnlyOnce("Brandt " + tag + " GmbH");
    }

    @Test
    void creatingAnywayIsAskedForInTheQuery() {
        String name = "{\"name\": \"Anyway " + ApiCalls.unique() + "\"}";
        assertThat(salesA.post(COMPANIES, name)).hasStatus(201);
        assertThat(salesA.post(COMPANIES, name)).hasStatus(409);
        assertThat(salesA.post(COMPANIES + "?allowDuplicates=maybe", name)).hasStatus(400);
        assertThat(salesA.post(COMPANIES + "?allowDuplicates=true", name)).hasStatus(201);
    }

    @Test
    void onlyRecordsTheCreatorMaySeeAreCandidates() {
        assertThat(salesB.post(COMPANIES, "{\"name\": \"Brandt " + tag + " GmbH\", \"emails\": [\"info@brandt-" + tag + ".example\"]}"))
                .as("sales user B does not see A's company").hasStatus(201);
        assertThat(duplicates(as(fixture.managerA()).post(CONTACTS, "{\"lastName\": \"M " + tag + "\", \"emails\": [\"anna." + tag
                + "@gmail.com\"]}"))).as("the head of team A sees it").containsExactly(candidate("contact", brandtContact, "email"));
    }

    @Test
    void theServiceChecksRawFormsOnBehalfOfAUserAsAnImportDoes() {
        List<DuplicateCandidate> found = detection.forContact(fixture.salesA().user().id(), new ContactForm(null, "Q", null, null,
                List.of("  ANNA@brandt-" + tag + ".example "), List.of("not a number"), null, null, null, null, null));
        assertThat(found).extracting(DuplicateCandidate::id, DuplicateCandidate::matchedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Long.parseLong(brandtContact), DuplicateCandidate.EMAIL));
        assertThat(detection.forContact(fixture.salesB().user().id(), new ContactForm(null, "Q", null, null,
                List.of("anna@brandt-" + tag + ".example"), List.of(), null, null, null, null, null))).isEmpty();
    }

    /** The candidates of a 409 as type:id:rule, none for a 201. */
    private List<String> duplicates(MvcTestResult result) {
        if (result.getResponse().getStatus() == 201) {
            return List.of();
        }
        assertThat(result).hasStatus(409);
        List<Map<String, String>> duplicates = ApiCalls.read(result, "$.duplicates");
        return duplicates.stream().map(candidate -> candidate("" + candidate.get("type"), "" + candidate.get("id"),
                "" + candidate.get("matchedOn"))).toList();
    }

    private static String candidate(String type, String id, String rule) {
        return type + ":" + id + ":" + rule;
    }

    ApiCalls as(Account account) {
        return new ApiCalls(mvc, encoder, account.user().id());
    }
}
