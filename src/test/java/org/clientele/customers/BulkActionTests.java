package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts.Account;
import org.clientele.testing.VisibilityFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Bulk actions on the lists, through the API and the pages: all or nothing, only on records the
 * user may see, audited like single changes.
 */
@ClienteleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkActionTests {

    private static final String CONTACTS = "/api/v1/contacts";
    private static final String COMPANIES = "/api/v1/companies";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    JdbcClient jdbc;

    private VisibilityFixture fixture;
    private ApiCalls admin;

    @BeforeAll
    void setUp() {
        fixture = VisibilityFixture.create(context);
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void tagsHandsOverAndDeletesManyRecordsAtOnce() {
        String tag = admin.create("/api/v1/tags", "{\"name\": \"Bulk " + ApiCalls.unique() + "\", \"colour\": \"cyan\"}");
        String first = contact("First", fixture.salesA(), fixture.teamA());
        String second = contact("Second", fixture.salesA(), fixture.teamA());
        ApiCalls salesA = as(fixture.salesA());

        assertThat(salesA.post(CONTACTS + "/bulk", "{\"action\": \"add-tag\", \"ids\": [\"%s\", \"%s\"], \"tagId\": \"%s\"}"
                .formatted(first, second, tag))).hasStatusOk().bodyJson().extractingPath("$.count").isEqualTo(2);
        assertThat(ApiCalls.<List<String>>read(salesA.get(CONTACTS + "?tag=" + tag), "$.data[*].id")).containsExactlyInAnyOrder(first, second);

        long managerId = fixture.managerA().user().id();
        assertThat(salesA.post(CONTACTS + "/bulk", "{\"action\": \"change-owner\", \"ids\": [%s, %s], \"ownerId\": %d}"
                .formatted(first, second, managerId))).hasStatusOk();
        assertThat(ApiCalls.<String>read(admin.get(CONTACTS + "/" + first), "$.ownerId")).isEqualTo(Long.toString(managerId));
        assertThat(jdbc.sql("select count(*) from contacts_aud where id = ?").param(Long.parseLong(second)).query(Long.class).single())
                .as("created, then handed over").isEqualTo(2);

        assertThat(as(fixture.managerA()).post(CONTACTS + "/bulk", "{\"action\": \"delete\", \"ids\": [%s, %s]}".formatted(first, second)))
                .hasStatusOk().bodyJson().extractingPath("$.count").isEqualTo(2);
        assertThat(admin.get(CONTACTS + "/" + first)).hasStatus(404);
        assertThat(admin.get(CONTACTS + "/" + second)).hasStatus(404);
    }

    @Test
    void aRecordOneMayNotSeeRefusesTheWholeBatch() {
        String tag = admin.create("/api/v1/tags", "{\"name\": \"Refused " + ApiCalls.unique() + "\", \"colour\": \"red\"}");
        String own = contact("Own", fixture.salesA(), fixture.teamA());
        String ofB = contact("Of B", fixture.salesB(), fixture.teamB());

        assertThat(as(fixture.salesA()).post(CONTACTS + "/bulk", "{\"action\": \"add-tag\", \"ids\": [%s, %s], \"tagId\": %s}"
                .formatted(own, ofB, tag))).hasStatus(422).bodyJson()
                .hasPathSatisfying("$.errors[0].field", field -> assertThat(field).isEqualTo("ids"))
                .hasPathSatisfying("$.errors[0].message", message -> assertThat(message).asString().contains(ofB).doesNotContain(own));
        assertThat(ApiCalls.<List<String>>read(admin.get(CONTACTS + "/" + own), "$.tags")).isEmpty();
        assertThat(as(fixture.salesA()).post(CONTACTS + "/bulk", "{\"action\": \"delete\", \"ids\": [%s, %s]}".formatted(own, ofB)))
                .hasStatus(422);
        assertThat(admin.get(CONTACTS + "/" + own)).hasStatusOk();
    }

    @Test
    void aRecordThatRefusesTheChangeRollsBackTheWholeBatch() {
        String empty = admin.create(COMPANIES, "{\"name\": \"Empty " + ApiCalls.unique() + "\"}");
        String staffed = admin.create(COMPANIES, "{\"name\": \"Staffed " + ApiCalls.unique() + "\"}");
        admin.create(CONTACTS, "{\"lastName\": \"Staff " + ApiCalls.unique() + "\", \"companyId\": \"" + staffed + "\"}");

        assertThat(admin.post(COMPANIES + "/bulk", "{\"action\": \"delete\", \"ids\": [%s, %s]}".formatted(empty, staffed)))
                .hasStatus(409);
        assertThat(admin.get(COMPANIES + "/" + empty)).as("deleted first, then rolled back").hasStatusOk();
        assertThat(admin.get(COMPANIES + "/" + staffed)).hasStatusOk();
    }

    @Test
    void badActionsAndIdsAreRefusedFieldByField() {
        assertThat(admin.post(CONTACTS + "/bulk", "{\"action\": \"paint\", \"ids\": []}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("action", "ids");
        assertThat(admin.post(CONTACTS + "/bulk", "{\"action\": \"add-tag\", \"ids\": [\"x\"], \"colour\": 1}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[*].field").asArray().contains("ids", "colour");
        assertThat(admin.post("/api/v1/leads/bulk", "{\"action\": \"add-tag\", \"ids\": [999999999]}")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("ids", "tagId");
        assertThat(as(fixture.salesA()).post(CONTACTS + "/bulk", "{\"action\": \"change-owner\", \"ids\": [%s]}"
                .formatted(contact("No owner", fixture.salesA(), fixture.teamA())))).hasStatus(422).bodyJson()
                .extractingPath("$.errors[*].field").asArray().containsExactly("ownerId");
    }

    @Test
    void listPagesTickRowsAndDeleteOnlyAfterAConfirmationThatCountsThem() {
        Cookie session = PageSessions.signInAsAdministrator(mvc);
        String lastName = "Ticked " + ApiCalls.unique();
        String first = admin.create(CONTACTS, "{\"firstName\": \"One\", \"lastName\": \"" + lastName + "\"}");
        String second = admin.create(CONTACTS, "{\"firstName\": \"Two\", \"lastName\": \"" + lastName + "\"}");
        String tag = admin.create("/api/v1/tags", "{\"name\": \"Ticked " + ApiCalls.unique() + "\", \"colour\": \"grey\"}");

        Document list = html(mvc.get().uri("/contacts?q=" + lastName).cookie(session).exchange());
        assertThat(list.select("[data-testid=bulk-actions]")).hasSize(1);
        assertThat(list.select("input[name=ids][form=bulk-form]").eachAttr("value")).containsExactlyInAnyOrder(first, second);
        assertThat(list.select("[data-bulk-select-all]")).hasSize(1);

        MvcTestResult tagged = mvc.post().uri("/contacts/bulk").with(csrf()).cookie(session).param("action", "add-tag")
                .param("ids", first, second).param("tagId", tag).param("back", "/contacts?tag=" + tag).exchange();
        assertThat(tagged).hasStatus3xxRedirection().hasRedirectedUrl("/contacts?tag=" + tag);
        Document after = html(mvc.get().uri("/contacts?tag=" + tag).cookie(session).exchange());
        assertThat(after.select("[data-testid=flash]").text()).contains("Tag added to 2 records.");
        assertThat(after.select("[data-testid=row-tags]")).hasSize(2);

        Document confirmation = html(mvc.post().uri("/contacts/bulk").with(csrf()).cookie(session).param("action", "delete")
                .param("ids", first, second).param("back", "https://elsewhere.example/").exchange());
        assertThat(confirmation.select("h1").text()).isEqualTo("Delete 2 contacts?");
        assertThat(confirmation.select("input[name=ids]").eachAttr("value")).containsExactlyInAnyOrder(first, second);
        assertThat(confirmation.select("input[name=back]").val()).isEqualTo("/contacts");
        assertThat(admin.get(CONTACTS + "/" + first)).as("not before confirming").hasStatusOk();

        assertThat(mvc.post().uri("/contacts/bulk").with(csrf()).cookie(session).param("action", "delete").param("confirmed", "true")
                .param("ids", first, second).exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/contacts");
        assertThat(admin.get(CONTACTS + "/" + second)).hasStatus(404);
    }

    private String contact(String firstName, Account owner, long teamId) {
        return admin.create(CONTACTS, "{\"firstName\": \"" + firstName + "\", \"lastName\": \"Bulk " + ApiCalls.unique()
                + "\", \"ownerId\": \"" + owner.user().id() + "\", \"teamId\": \"" + teamId + "\"}");
    }

    private ApiCalls as(Account who) {
        return new ApiCalls(mvc, encoder, who.user().id());
    }

    private static Document html(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        catch (UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
