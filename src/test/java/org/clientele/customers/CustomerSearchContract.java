package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

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
 * The global search over companies and contacts through {@code GET /api/v1/search}: typos in
 * names, the start of e-mail addresses, phone digits, record visibility, groups and their limit.
 * The records belong to the fixture's sales users, who see only their own, so every user's
 * results are exactly known whatever else the database holds. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CustomerSearchContract {

    static final String SEARCH = "/api/v1/search";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    VisibilityFixture fixture;
    ApiCalls admin;
    String acme;
    String acmeTrading;
    String zenith;
    String john;
    String johnny;
    String joan;
    String wile;
    List<String> northwinds;

    @BeforeAll
    void createRecords() {
        fixture = VisibilityFixture.create(context);
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        acme = company("Acme Corporation", "\"emails\": [\"info@acme-example.com\"], \"phones\": [\"+49 30 1234567\"]",
                fixture.salesA(), fixture.teamA());
        acmeTrading = company("Acme Trading", "\"alternativeNames\": \"Roadrunner Supplies\"", fixture.salesA(), fixture.teamA());
        zenith = company("Zenith Corporation", "\"emails\": [\"hello@zenith-example.com\"]", fixture.salesB(), fixture.teamB());
        john = contact("John", "Smith", "\"emails\": [\"john.smith@example.org\"], \"phones\": [\"+44 20 7946 0958\"], "
                + "\"companyId\": \"" + acme + "\"", fixture.salesA(), fixture.teamA());
        joan = contact("Joan", "Baker", "\"emails\": [\"joan.baker@example.org\"]", fixture.salesA(), fixture.teamA());
        johnny = contact("Johnny", "Walker", "\"emails\": [\"johnny@example.net\"]", fixture.salesB(), fixture.teamB());
        wile = contact("Wile", "Acmeson", "\"companyId\": \"" + acme + "\"", fixture.salesA(), fixture.teamA());
        northwinds = IntStream.rangeClosed(1, 7).mapToObj(n -> company("Northwind Traders " + (char) ('A' + n), "",
                fixture.salesA(), fixture.teamA())).toList();
    }

    @Test
    void aTypoInACompanyNameStillFindsIt() {
        assertThat(ids(fixture.salesA(), "Acme Corporaton", "company")).first().isEqualTo(acme);
        assertThat(ids(fixture.salesA(), "acme corporaton", "company")).first().isEqualTo(acme);
        assertThat(ids(fixture.salesA(), "Acme Corportion", "company")).first().isEqualTo(acme);
        assertThat(ids(fixture.salesA(), "Acme", "company")).containsExactlyInAnyOrder(acme, acmeTrading);
        assertThat(ids(fixture.salesA(), "Roadruner", "company")).as("an alternative name, with a typo").containsExactly(acmeTrading);
    }

    @Test
    void aTypoInAContactNameStillFindsThem() {
        assertThat(ids(fixture.salesA(), "jonh", "contact")).contains(john).doesNotContain(johnny);
        assertThat(ids(fixture.salesA(), "Jonh Smith", "contact")).first().isEqualTo(john);
        assertThat(ids(fixture.salesA(), "smiht", "contact")).containsExactly(john);
        assertThat(ids(fixture.salesA(), "Baker", "contact")).containsExactly(joan);
    }

    @Test
    void aTextOfSeveralWordsRanksNamesHoldingAllOfThemFirst() {
        assertThat(ids(fixture.salesA(), "Smiht Jonh", "contact")).first().isEqualTo(john);
        assertThat(ids(fixture.salesA(), "Acme Corportaion", "company")).first().isEqualTo(acme);
        assertThat(ids(fixture.salesA(), "Baker Smith", "contact")).as("one word each").containsExactlyInAnyOrder(john, joan);
    }

    @Test
    void theStartOfAnEmailAddressFindsItsRecordFirst() {
        assertThat(ids(fixture.salesA(), "john.sm", "contact")).first().isEqualTo(john);
        assertThat(ids(fixture.salesA(), "info@acme", "company")).first().isEqualTo(acme);
        assertThat(ids(fixture.salesA(), "joan.baker@example.org", "contact")).first().isEqualTo(joan);
    }

    @Test
    void phoneDigitsFindTheNumberHoweverItIsWritten() {
        assertThat(ids(fixture.salesA(), "030 1234567", "company")).containsExactly(acme);
        assertThat(ids(fixture.salesA(), "+49 (30) 123-4567", "company")).containsExactly(acme);
        assertThat(ids(fixture.salesA(), "7946 0958", "contact")).containsExactly(john);
        assertThat(ids(fixture.salesA(), "1234567", "contact")).isEmpty();
        assertThat(ids(fixture.salesA(), "0049 30 1234567", "company")).containsExactly(acme);
        assertThat(ids(fixture.salesA(), "0000958", "contact")).as("at most two zeros are a prefix").isEmpty();
    }

    @Test
    void leadsAreFoundByThePersonsNameOrTheirCompanysDespiteATypoAndOnlyByWhoMaySeeThem() {
        String lead = admin.create("/api/v1/leads", "{\"firstName\": \"Priscilla\", \"lastName\": \"Vandermeer\", "
                + "\"companyName\": \"Bluefjord Analytics\", \"email\": \"priscilla@bluefjord-example.com\", \"ownerId\": \""
                + fixture.salesA().user().id() + "\", \"teamId\": \"" + fixture.teamA() + "\"}");

        assertThat(ids(fixture.salesA(), "Vandermer", "lead")).containsExactly(lead);
        assertThat(ids(fixture.salesA(), "Bluefjord Analitics", "lead")).containsExactly(lead);
        assertThat(ids(fixture.salesA(), "priscilla@blue", "lead")).containsExactly(lead);
        assertThat(ids(fixture.managerA(), "Priscila Vandermeer", "lead")).containsExactly(lead);
        assertThat(ids(fixture.salesB(), "Vandermeer", "lead")).isEmpty();

        assertThat(admin.patch("/api/v1/leads/" + lead, "{\"lastName\": \"Oosterhuis\"}")).hasStatusOk();
        assertThat(ids(fixture.salesA(), "Oosterhuis", "lead")).containsExactly(lead);
        assertThat(ids(fixture.salesA(), "Vandermeer", "lead")).isEmpty();
        assertThat(admin.delete("/api/v1/leads/" + lead)).hasStatus(204);
        assertThat(ids(fixture.salesA(), "Oosterhuis", "lead")).isEmpty();
    }

    @Test
    void eachUserFindsOnlyWhatTheyMaySee() {
        assertThat(ids(fixture.salesB(), "Acme Corporation", "company")).containsExactly(zenith);
        assertThat(ids(fixture.salesB(), "Corporation", "company")).containsExactly(zenith);
        assertThat(ids(fixture.salesB(), "info@acme", "company")).isEmpty();
        assertThat(ids(fixture.salesB(), "030 1234567", "company")).isEmpty();
        assertThat(ids(fixture.salesB(), "jonh", "contact")).containsExactly(johnny);
        assertThat(ids(fixture.salesB(), "john.smith", "contact")).doesNotContain(john);
        assertThat(ids(fixture.salesA(), "Zenith", "company")).isEmpty();
        assertThat(ids(fixture.managerA(), "Acme Corporaton", "company")).first().isEqualTo(acme);
        assertThat(ids(fixture.managerA(), "Zenith", "company")).isEmpty();
        assertThat(ids(fixture.managerA(), "jonh smith", "contact")).first().isEqualTo(john);
        assertThat(ids(fixture.managerA(), "Johnny Walker", "contact")).isEmpty();
    }

    @Test
    void visibilityIsPartOfTheQueryNotAFilterAfterTheLimit() {
        List<String> many = IntStream.rangeClosed(1, 6).mapToObj(n -> company("Quasar Holdings " + (char) ('A' + n), "",
                fixture.salesB(), fixture.teamB())).toList();
        String own = company("Quasar Holdings Z", "", fixture.salesA(), fixture.teamA());
        assertThat(ids(fixture.salesA(), "Quasar Holdings", "company", 1)).containsExactly(own);
        assertThat(ids(fixture.salesB(), "Quasar Holdings", "company", 10)).containsExactlyInAnyOrderElementsOf(many);
    }

    @Test
    void hitsComeGroupedByTypeWithALimitPerType() {
        MvcTestResult all = as(fixture.salesA()).get(SEARCH + "?q=Northwind&limit=5");
        assertThat(all).hasStatusOk();
        List<String> types = ApiCalls.read(all, "$.data[*].type");
        assertThat(types).containsOnly("company").hasSize(5);
        assertThat(ApiCalls.<List<String>>read(all, "$.data[*].id")).isSubsetOf(northwinds);
        assertThat(ApiCalls.<List<String>>read(all, "$.more")).containsExactly("company");
        assertThat(ApiCalls.<String>read(all, "$.data[0].url")).startsWith("/companies/");
        assertThat(ids(fixture.salesA(), "Northwind", "company", 7)).containsExactlyInAnyOrderElementsOf(northwinds);

        MvcTestResult both = as(fixture.salesA()).get(SEARCH + "?q=Acme");
        assertThat(ApiCalls.<List<String>>read(both, "$.data[*].type")).containsExactly("company", "company", "contact");
        assertThat(ApiCalls.<String>read(both, "$.data[2].id")).isEqualTo(wile);
        assertThat(ApiCalls.<String>read(both, "$.data[2].subtitle")).isEqualTo("Acme Corporation");
        assertThat(ApiCalls.<String>read(both, "$.data[2].url")).isEqualTo("/contacts/" + wile);
        assertThat(ApiCalls.<List<String>>read(both, "$.more")).isEmpty();
    }

    @Test
    void aRenamedRecordIsFoundByItsNewNameOnlyAndADeletedOneNoMore() {
        String renamed = company("Umbrella Pharmaceuticals", "", fixture.salesA(), fixture.teamA());
        assertThat(ids(fixture.salesA(), "Umbrela", "company")).containsExactly(renamed);
        assertThat(admin.patch(CustomerVisibilityContract.COMPANIES + "/" + renamed, "{\"name\": \"Vortex Laboratories\"}")).hasStatusOk();
        assertThat(ids(fixture.salesA(), "Umbrela", "company")).isEmpty();
        assertThat(ids(fixture.salesA(), "Vortex Laboratoires", "company")).containsExactly(renamed);
        assertThat(admin.delete(CustomerVisibilityContract.COMPANIES + "/" + renamed)).hasStatus(204);
        assertThat(ids(fixture.salesA(), "Vortex", "company")).isEmpty();
    }

    @Test
    void aRenamedContactTakesItsNewNamesPlaceInTheOrderByNameAndByEmailAddress() {
        String family = uniqueWord("ostrander");
        String ann = contact("Ann", family, "\"emails\": [\"" + family + ".ann@example.org\"]", fixture.salesA(), fixture.teamA());
        String ben = contact("Ben", family, "\"emails\": [\"" + family + ".ben@example.org\"]", fixture.salesA(), fixture.teamA());
        String cid = contact("Cid", family, "\"emails\": [\"" + family + ".cid@example.org\"]", fixture.salesA(), fixture.teamA());
        assertThat(ids(fixture.salesA(), typo(family), "contact", 2)).containsExactly(ann, ben);
        assertThat(ids(fixture.salesA(), family + ".", "contact", 2)).containsExactly(ann, ben);

        assertThat(admin.patch(CustomerVisibilityContract.CONTACTS + "/" + ann, "{\"firstName\": \"Dan\"}")).hasStatusOk();
        assertThat(ids(fixture.salesA(), typo(family), "contact", 2)).containsExactly(ben, cid);
        assertThat(ids(fixture.salesA(), typo(family), "contact")).containsExactly(ben, cid, ann);
        assertThat(ids(fixture.salesA(), family + ".", "contact")).containsExactly(ben, cid, ann);
    }

    @Test
    void aReassignedRecordIsFoundByItsNewOwnerAndNoMoreByTheOldOne() {
        String name = uniqueWord("pemberton");
        String contact = contact("Ivy", name, "\"emails\": [\"" + name + "@example.org\"]", fixture.salesA(), fixture.teamA());
        String company = company(name + " Holdings", "\"emails\": [\"" + name + "@example.com\"]", fixture.salesA(), fixture.teamA());
        for (String type : List.of("contact", "company")) {
            assertThat(ids(fixture.salesA(), typo(name), type)).hasSize(1);
            assertThat(ids(fixture.salesA(), name + "@", type)).hasSize(1);
            assertThat(ids(fixture.salesB(), typo(name), type)).isEmpty();
            assertThat(ids(fixture.salesB(), name + "@", type)).isEmpty();
        }
        String toSalesB = "{\"ownerId\": \"" + fixture.salesB().user().id() + "\", \"teamId\": \"" + fixture.teamB() + "\"}";
        assertThat(admin.patch(CustomerVisibilityContract.CONTACTS + "/" + contact, toSalesB)).hasStatusOk();
        assertThat(admin.patch(CustomerVisibilityContract.COMPANIES + "/" + company, toSalesB)).hasStatusOk();
        assertThat(ids(fixture.salesB(), typo(name), "contact")).containsExactly(contact);
        assertThat(ids(fixture.salesB(), name + "@", "contact")).containsExactly(contact);
        assertThat(ids(fixture.salesB(), typo(name), "company")).containsExactly(company);
        assertThat(ids(fixture.salesB(), name + "@", "company")).containsExactly(company);
        for (String type : List.of("contact", "company")) {
            assertThat(ids(fixture.salesA(), typo(name), type)).isEmpty();
            assertThat(ids(fixture.salesA(), name + "@", type)).isEmpty();
        }
    }

    @Test
    void aChangedPhoneNumberIsFoundByItsNewDigitsOnlyAndADeletedOneNoMore() {
        String callee = contact("Gwendolyn", "Pemberton", "\"phones\": [\"+33 1 44 55 66 77\"]", fixture.salesA(), fixture.teamA());
        String lead = admin.create("/api/v1/leads", "{\"lastName\": \"Quartermaine\", \"phone\": \"+33 1 44 55 66 78\", \"ownerId\": \""
                + fixture.salesA().user().id() + "\", \"teamId\": \"" + fixture.teamA() + "\"}");
        assertThat(ids(fixture.salesA(), "4455 6677", "contact")).containsExactly(callee);
        assertThat(ids(fixture.salesA(), "01 44 55 66 78", "lead")).containsExactly(lead);
        assertThat(ids(fixture.salesB(), "4455 6677", "contact")).isEmpty();

        assertThat(admin.patch(CustomerVisibilityContract.CONTACTS + "/" + callee, "{\"phones\": [\"+33 1 98 76 54 32\"]}")).hasStatusOk();
        assertThat(admin.patch("/api/v1/leads/" + lead, "{\"phone\": null}")).hasStatusOk();
        assertThat(ids(fixture.salesA(), "4455 6677", "contact")).isEmpty();
        assertThat(ids(fixture.salesA(), "987 654", "contact")).containsExactly(callee);
        assertThat(ids(fixture.salesA(), "01 44 55 66 78", "lead")).isEmpty();
        assertThat(admin.delete(CustomerVisibilityContract.CONTACTS + "/" + callee)).hasStatus(204);
        assertThat(ids(fixture.salesA(), "987 654", "contact")).isEmpty();
    }

    @Test
    void aMergedContactIsFoundAsTheSurvivorByTheNameItKeeps() {
        String kept = uniqueWord("Wunderbrook");
        String taken = uniqueWord("Quistgaard");
        String survivor = contact("Ottilie", kept, "\"emails\": [\"ottilie." + kept + "@example.org\"]", fixture.salesA(), fixture.teamA());
        String merged = contact("Ottilie", taken, "\"emails\": [\"o." + taken + "@example.org\"]", fixture.salesA(), fixture.teamA());
        assertThat(ids(fixture.salesA(), typo(taken), "contact")).containsExactly(merged);

        assertThat(admin.post(CustomerVisibilityContract.CONTACTS + "/merge", "{\"survivorId\": \"" + survivor + "\", \"mergedId\": \""
                + merged + "\", \"fields\": {\"lastName\": \"MERGED\"}}")).hasStatusOk();

        assertThat(ids(fixture.salesA(), typo(taken), "contact")).containsExactly(survivor);
        assertThat(ids(fixture.salesA(), "Ottilie " + typo(taken), "contact")).containsExactly(survivor);
        assertThat(ids(fixture.salesA(), typo(kept), "contact")).isEmpty();
    }

    @Test
    void aMergedContactIsFoundAsTheSurvivorByThePhoneNumberItTakes() {
        String kept = uniquePhone();
        String taken = uniquePhone();
        String survivor = contact("Leopold", uniqueWord("Ashworth"), "\"phones\": [\"" + kept + "\"]", fixture.salesA(), fixture.teamA());
        String merged = contact("Leopold", uniqueWord("Ashcombe"), "\"phones\": [\"" + taken + "\"]", fixture.salesA(), fixture.teamA());
        assertThat(ids(fixture.salesA(), digits(taken), "contact")).containsExactly(merged);

        assertThat(admin.post(CustomerVisibilityContract.CONTACTS + "/merge", "{\"survivorId\": \"" + survivor + "\", \"mergedId\": \""
                + merged + "\", \"fields\": {\"phone\": \"MERGED\"}}")).hasStatusOk();

        assertThat(ids(fixture.salesA(), digits(taken), "contact")).containsExactly(survivor);
    }

    @Test
    void aTextOfTwoLettersFindsNamesWithAWordStartingWithIt() {
        assertThat(ids(fixture.salesA(), "ac", "company")).containsExactlyInAnyOrder(acme, acmeTrading);
        assertThat(ids(fixture.salesA(), "Ro", "company")).as("an alternative name").containsExactly(acmeTrading);
        assertThat(ids(fixture.salesA(), "ba", "contact")).containsExactly(joan);
        assertThat(ids(fixture.salesB(), "ac", "company")).isEmpty();
    }

    @Test
    void aMissingOrTooShortTextAnUnknownTypeOrABadLimitAre422() {
        ApiCalls salesA = as(fixture.salesA());
        for (String uri : List.of(SEARCH, SEARCH + "?q=", SEARCH + "?q=a", SEARCH + "?q= a ", SEARCH + "?q=Acme&types=deal",
                SEARCH + "?q=Acme&limit=0", SEARCH + "?q=Acme&limit=51", SEARCH + "?q=" + "x".repeat(101))) {
            MvcTestResult result = salesA.get(uri);
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(422);
            assertThat(ApiCalls.<String>read(result, "$.type")).as(uri).isEqualTo("urn:clientele:problem:validation-failed");
        }
        assertThat(ApiCalls.<String>read(salesA.get(SEARCH + "?q=a"), "$.errors[0].field")).isEqualTo("q");
        assertThat(salesA.get(SEARCH + "?q=ac&types=company")).hasStatusOk();
    }

    /** A word no other test writes: the stem and a random tail of letters. */
    static String uniqueWord(String stem) {
        return stem + ApiCalls.unique().substring(1).chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + c - '0' : c)))
                .collect(java.util.stream.Collectors.joining());
    }

    /** A valid New York number whose last seven digits no other test writes, as the API takes it. */
    static String uniquePhone() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "+1 212 " + random.nextInt(2, 10) + String.format("%06d", random.nextInt(1_000_000));
    }

    /** The digits of a phone number, which the search looks for anywhere in the main number. */
    static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    /** The word with its third and fourth letters swapped, as people mistype. */
    static String typo(String word) {
        return word.substring(0, 2) + word.charAt(3) + word.charAt(2) + word.substring(4);
    }

    List<String> ids(Account who, String query, String type) {
        return ids(who, query, type, 10);
    }

    List<String> ids(Account who, String query, String type, int limit) {
        // MockMvcTester encodes the URI as a template: the text goes in as it is.
        MvcTestResult result = as(who).get(SEARCH + "?q=" + query + "&types=" + type + "&limit=" + limit);
        assertThat(result).as("search for %s as %s", query, who.user().fullName()).hasStatusOk();
        assertThat(ApiCalls.<List<String>>read(result, "$.data[*].type")).allSatisfy(found -> assertThat(found).isEqualTo(type));
        return ApiCalls.read(result, "$.data[*].id");
    }

    String company(String name, String more, Account owner, long teamId) {
        return admin.create(CustomerVisibilityContract.COMPANIES, "{\"name\": \"" + name + "\", \"ownerId\": \"" + owner.user().id()
                + "\", \"teamId\": \"" + teamId + "\"" + (more.isEmpty() ? "" : ", " + more) + "}");
    }

    String contact(String firstName, String lastName, String more, Account owner, long teamId) {
        return admin.create(CustomerVisibilityContract.CONTACTS, "{\"firstName\": \"" + firstName + "\", \"lastName\": \"" + lastName
                + "\", \"ownerId\": \"" + owner.user().id() + "\", \"teamId\": \"" + teamId + "\", " + more + "}");
    }

    ApiCalls as(Account account) {
        return new ApiCalls(mvc, encoder, account.user().id());
    }
}
