package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.identity.Role;
import org.clientele.identity.TeamForm;
import org.clientele.identity.TeamManagement;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A company's type, industries and lead source: chosen from reference data in the API and on pages, filtered on, audited. */
@ClienteleTest
class CompanyClassificationTests {

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
    ReferenceDataManagement referenceData;

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
    void theApiTakesATypeIndustriesAndASourceAndFiltersByThem() {
        String tag = ApiCalls.unique();
        long partner = shipped("company_types", "partner");
        long retail = shipped("industries", "retail");
        long energy = shipped("industries", "energy");
        long referral = referenceData.create(ReferenceKind.LEAD_SOURCE, "Referral " + tag, null).id();

        String id = admin.create(COMPANIES, """
                {"name": "Classified %s", "typeId": "%d", "industryIds": ["%d", "%d"], "sourceId": "%d"}"""
                .formatted(tag, partner, retail, energy, referral));
        String other = admin.create(COMPANIES, "{\"name\": \"Unclassified " + tag + "\"}");

        assertThat(admin.get(COMPANIES + "/" + id)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.typeId", type -> assertThat(type).isEqualTo(Long.toString(partner)))
                .hasPathSatisfying("$.industryIds", industries -> assertThat(industries).asArray()
                        .containsExactly(Long.toString(Math.min(retail, energy)), Long.toString(Math.max(retail, energy))))
                .hasPathSatisfying("$.sourceId", source -> assertThat(source).isEqualTo(Long.toString(referral)));
        assertThat(ids("q=" + tag + "&typeId=" + partner)).containsExactly(id);
        assertThat(ids("q=" + tag + "&industryId=" + energy)).containsExactly(id);
        assertThat(ids("q=" + tag)).containsExactlyInAnyOrder(id, other);

        assertThat(admin.patch(COMPANIES + "/" + id, "{\"industryIds\": [\"" + retail + "\"], \"typeId\": null}")).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.industryIds", industries -> assertThat(industries).asArray()
                        .containsExactly(Long.toString(retail)))
                .hasPathSatisfying("$.typeId", type -> assertThat(type).isNull());
        assertThat(ids("q=" + tag + "&industryId=" + energy)).isEmpty();
        assertThat(jdbc.sql("select count(*) from company_industries_aud where company_id = ?").param(Long.parseLong(id))
                .query(Long.class).single()).as("industry changes are audited").isGreaterThanOrEqualTo(3);
    }

    @Test
    void entriesNotOfferedToTheUserAreRefused() {
        String tag = ApiCalls.unique();
        long otherTeam = context.getBean(TeamManagement.class).create(new TeamForm("Elsewhere " + tag, null)).id();
        long theirType = referenceData.create(ReferenceKind.COMPANY_TYPE, "Their type " + tag, otherTeam).id();
        long theirIndustry = referenceData.create(ReferenceKind.INDUSTRY, "Their industry " + tag, otherTeam).id();
        Account sales = TestAccounts.create(context, "Classifier", Set.of(Role.SALES));
        ApiCalls seller = new ApiCalls(mvc, encoder, sales.user().id());

        MvcTestResult refused = seller.post(COMPANIES, """
                {"name": "Refused %s", "typeId": "%d", "industryIds": ["%d"], "sourceId": "999999999"}"""
                .formatted(tag, theirType, theirIndustry));

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactlyInAnyOrder("typeId", "industryIds", "sourceId");
        assertThat(jdbc.sql("select count(*) from companies where name = ?").param("Refused " + tag).query(Long.class).single())
                .isZero();
    }

    @Test
    void theFormOffersTheChoicesAndTheDetailPageNamesThem() throws Exception {
        String tag = ApiCalls.unique();
        long customer = shipped("company_types", "customer");
        long media = shipped("industries", "media");
        long logistics = shipped("industries", "logistics");
        Cookie session = PageSessions.signInAsAdministrator(mvc);

        Document form = html(mvc.get().uri("/companies/new").cookie(session).exchange());
        assertThat(form.select("select#typeId option").eachText()).contains("Customer", "Partner");
        assertThat(form.select("select#industryIds[multiple] option").eachText()).contains("Media", "Logistics");
        assertThat(form.select("label[for=industryIds]")).hasSize(1);

        MvcTestResult created = mvc.post().uri("/companies").cookie(session).with(csrf())
                .param("name", "Paged " + tag).param("typeId", Long.toString(customer))
                .param("industryIds", Long.toString(media), Long.toString(logistics)).param("ownerId", Long.toString(adminId))
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();

        Document detail = html(mvc.get().uri(location).cookie(session).exchange());
        assertThat(detail.select("[data-testid=company-type]").text()).isEqualTo("Customer");
        assertThat(detail.select("[data-testid=company-industries]").text()).isIn("Media, Logistics", "Logistics, Media");
        assertThat(detail.select("[data-testid=company-source]").text()).isNotBlank();

        Document edit = html(mvc.get().uri(location + "/edit").cookie(session).exchange());
        assertThat(edit.select("select#industryIds option[selected]").eachText()).containsExactlyInAnyOrder("Media", "Logistics");

        Document filtered = html(mvc.get().uri("/companies?q=" + tag + "&typeId=" + customer).cookie(session).exchange());
        assertThat(filtered.select("[data-testid=companies] tbody tr")).hasSize(1);
        assertThat(filtered.select("select#typeId option[selected]").text()).isEqualTo("Customer");
        assertThat(html(mvc.get().uri("/companies?q=" + tag + "&industryId=" + shipped("industries", "energy")).cookie(session)
                .exchange()).select("[data-testid=companies-no-match]")).hasSize(1);
    }

    @Test
    void aConvertedLeadGivesItsNewCompanyItsIndustryAndSource() {
        String tag = ApiCalls.unique();
        long energy = shipped("industries", "energy");
        long source = referenceData.create(ReferenceKind.LEAD_SOURCE, "Fair " + tag, null).id();
        String lead = admin.create("/api/v1/leads", """
                {"lastName": "Sonne %s", "companyName": "Sonne %s GmbH", "industryId": "%d", "sourceId": "%d"}"""
                .formatted(tag, tag, energy, source));

        String companyId = ApiCalls.read(admin.post("/api/v1/leads/" + lead + "/convert", "{}"), "$.companyId");

        assertThat(admin.get(COMPANIES + "/" + companyId)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.industryIds", industries -> assertThat(industries).asArray().containsExactly(Long.toString(energy)))
                .hasPathSatisfying("$.sourceId", id -> assertThat(id).isEqualTo(Long.toString(source)));
    }

    @Test
    void aMergeKeepsTheChosenTypeAndSourceAndTheIndustriesOfBoth() {
        String tag = ApiCalls.unique();
        long customer = shipped("company_types", "customer");
        long supplier = shipped("company_types", "supplier");
        long media = shipped("industries", "media");
        long retail = shipped("industries", "retail");
        long source = referenceData.create(ReferenceKind.LEAD_SOURCE, "Merge source " + tag, null).id();
        String survivor = admin.create(COMPANIES, """
                {"name": "Survivor %s", "typeId": "%d", "industryIds": ["%d"]}""".formatted(tag, customer, media));
        String merged = admin.create(COMPANIES, """
                {"name": "Merged %s", "typeId": "%d", "industryIds": ["%d"], "sourceId": "%d"}"""
                .formatted(tag, supplier, retail, source));

        assertThat(admin.post(COMPANIES + "/merge", """
                {"survivorId": "%s", "mergedId": "%s", "fields": {"typeId": "MERGED", "sourceId": "MERGED"}}"""
                .formatted(survivor, merged))).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.typeId", type -> assertThat(type).isEqualTo(Long.toString(supplier)))
                .hasPathSatisfying("$.sourceId", id -> assertThat(id).isEqualTo(Long.toString(source)))
                .hasPathSatisfying("$.industryIds", industries -> assertThat(industries).asArray()
                        .containsExactlyInAnyOrder(Long.toString(media), Long.toString(retail)));
    }

    private long shipped(String table, String key) {
        return jdbc.sql("select id from " + table + " where name_key = ? and team_id is null").param(key).query(Long.class).single();
    }

    private List<String> ids(String query) {
        MvcTestResult result = admin.get(COMPANIES + "?" + query);
        assertThat(result).as(query).hasStatusOk();
        return ApiCalls.read(result, "$.data[*].id");
    }

    private static Document html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
