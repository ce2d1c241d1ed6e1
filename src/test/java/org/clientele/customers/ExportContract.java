package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.TestAccounts.Account;
import org.clientele.testing.VisibilityFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Exports of the customer lists: only what the exporting user may see, with the list's filters,
 * CSV with a byte order mark and neutralised formulas, XLSX of string cells read back with POI,
 * headings in the reader's language, the security log; and the consent filter and the
 * marketing-e-mail eligibility, whose SQL both vendors run. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExportContract {

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
    JdbcClient jdbc;

    @Autowired
    ConsentManagement consents;

    VisibilityFixture fixture;
    ApiCalls admin;
    String tag;
    String companyOfSalesA;
    String companyOfSalesB;
    String ofSalesA;
    String ofSalesB;
    String inSubTeam;
    String coOwnedBySalesB;
    String formula;

    @BeforeAll
    void createRecords() {
        fixture = VisibilityFixture.create(context);
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
        tag = ApiCalls.unique();
        companyOfSalesA = admin.create(COMPANIES, "{\"name\": \"Alpha " + tag + "\", \"ownerId\": \"" + fixture.salesA().user().id()
                + "\", \"teamId\": \"" + fixture.teamA() + "\"}");
        companyOfSalesB = admin.create(COMPANIES, "{\"name\": \"Beta " + tag + "\", \"ownerId\": \"" + fixture.salesB().user().id()
                + "\", \"teamId\": \"" + fixture.teamB() + "\"}");
        ofSalesA = contact("Ada", fixture.salesA(), fixture.teamA(), "\"title\": \"Buyer\", \"companyId\": \"" + companyOfSalesA + "\"");
        ofSalesB = contact("Ben", fixture.salesB(), fixture.teamB(), "\"companyId\": \"" + companyOfSalesB + "\"");
        inSubTeam = admin.create(CONTACTS, "{\"firstName\": \"Sub\", \"lastName\": \"Person " + tag + "\", \"teamId\": \""
                + fixture.subTeamOfA() + "\"}");
        coOwnedBySalesB = admin.create(CONTACTS, "{\"firstName\": \"Shared\", \"lastName\": \"Person " + tag + "\", \"teamId\": null, "
                + "\"coOwnerIds\": [\"" + fixture.salesB().user().id() + "\"]}");
        formula = contact("Eve", fixture.salesA(), fixture.teamA(), "\"title\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\", "
                + "\"emails\": [\"eve." + tag + "@example.com\"], \"phones\": [\"+49 30 1234567\"]");
        admin.create(LEADS, "{\"firstName\": \"Lea\", \"lastName\": \"Lead " + tag + "\", \"companyName\": \"-1+2 " + tag
                + "\", \"ownerId\": \"" + fixture.salesA().user().id() + "\", \"teamId\": \"" + fixture.teamA() + "\"}");
        admin.create(LEADS, "{\"firstName\": \"Leo\", \"lastName\": \"Lead " + tag + "\", \"ownerId\": \""
                + fixture.salesB().user().id() + "\", \"teamId\": \"" + fixture.teamB() + "\"}");
    }

    @Test
    void aUserExportsExactlyTheContactsTheyMaySee() {
        assertThat(ids(csv(fixture.salesA(), CONTACTS + "/export?format=csv&q=" + tag))).containsExactlyInAnyOrder(ofSalesA, formula);
        assertThat(ids(csv(fixture.salesB(), CONTACTS + "/export?format=csv&q=" + tag)))
                .containsExactlyInAnyOrder(ofSalesB, coOwnedBySalesB);
        assertThat(ids(csv(fixture.managerA(), CONTACTS + "/export?q=" + tag)))
                .containsExactlyInAnyOrder(ofSalesA, formula, inSubTeam);
        assertThat(ids(csv(fixture.salesA(), CONTACTS + "/export?format=csv&q=" + tag + "&ownerId=" + fixture.salesB().user().id())))
                .isEmpty();
        assertThat(ids(csv(fixture.managerA(), CONTACTS + "/export?format=csv&companyId=" + companyOfSalesA))).containsExactly(ofSalesA);
    }

    @Test
    void companiesAndLeadsExportWithTheirListsFiltersAndVisibility() {
        assertThat(ids(csv(fixture.salesA(), COMPANIES + "/export?format=csv&q=" + tag))).containsExactly(companyOfSalesA);
        assertThat(ids(csv(fixture.salesB(), COMPANIES + "/export?format=csv&q=" + tag + "&sort=-createdAt")))
                .containsExactly(companyOfSalesB);
        List<CSVRecord> leads = csv(fixture.salesA(), LEADS + "/export?format=csv&q=" + tag + "&status=NEW");
        assertThat(leads).hasSize(2);
        assertThat(leads.get(1).get(1)).isEqualTo("New");
        assertThat(leads.get(1).get(4)).as("a leading minus is neutralised").isEqualTo("'-1+2 " + tag);
        assertThat(ids(csv(fixture.managerA(), LEADS + "/export?format=csv&q=" + tag + "&teamId=" + fixture.teamB()))).isEmpty();
    }

    @Test
    void csvStartsWithAByteOrderMarkAndNeutralisesFormulas() throws IOException {
        MvcTestResult result = export(fixture.salesA(), CONTACTS + "/export?format=csv&q=eve." + tag, "en");
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment").contains(".csv");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> rows = parse(bytes);
        assertThat(rows.get(0).values()).containsExactly("ID", "First name", "Last name", "Title", "Company", "E-mail", "Phone", "City",
                "Country", "Owner", "Team", "Created");
        CSVRecord eve = rows.get(1);
        assertThat(eve.get(3)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(eve.get(5)).isEqualTo("eve." + tag + "@example.com");
        assertThat(eve.get(6)).isEqualTo("'+49301234567");
        assertThat(eve.get(9)).isEqualTo(fixture.salesA().user().fullName());
        assertThat(eve.get(11)).as("ISO-8601 in UTC").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    }

    @Test
    void xlsxHoldsStringCellsWithHeadingsInTheReadersLanguage() throws IOException {
        jdbc.sql("update users set locale = 'de' where id = ?").param(fixture.managerA().user().id()).update();
        MvcTestResult result = export(fixture.managerA(), CONTACTS + "/export?format=xlsx&q=" + tag, "en");
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Vorname");
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Verantwortlich");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> titles = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("no formulas, no numbers").isEqualTo(CellType.STRING);
                }
                titles.add(row.getCell(3) == null ? null : row.getCell(3).getStringCellValue());
            }
            assertThat(titles).contains("Buyer", "=HYPERLINK(\"http://evil.example\",\"x\")");
        }
    }

    @Test
    void theFormatMayComeFromTheAcceptHeaderAndUnknownOnesAreRefused() {
        MvcTestResult xlsx = mvc.get().uri(COMPANIES + "/export?q=" + tag)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + fixture.tokenOf(fixture.salesA()))
                .header(HttpHeaders.ACCEPT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").exchange();
        assertThat(xlsx).hasStatusOk();
        assertThat(xlsx.getResponse().getContentType()).contains("spreadsheetml");
        assertThat(export(fixture.salesA(), COMPANIES + "/export?format=pdf", "en")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("format");
        assertThat(export(fixture.salesA(), COMPANIES + "/export?format=vcf", "en")).hasStatus(422);
        assertThat(export(fixture.salesA(), CONTACTS + "/export?format=csv&sort=title", "en")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("sort");
        assertThat(export(fixture.salesA(), CONTACTS + "/export?format=csv&consent=maybe", "en")).hasStatus(422)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("consent");
    }

    @Test
    void everyExportIsInTheSecurityLog() {
        long salesA = fixture.salesA().user().id();
        csv(fixture.salesA(), COMPANIES + "/export?format=csv&q=" + tag);
        List<String> details = jdbc.sql("select detail from security_events where event_type = 'RECORDS_EXPORTED' and user_id = ?")
                .param(salesA).query(String.class).list();
        assertThat(details).anyMatch(detail -> detail.equals("companies csv rows=1 filter=q=" + tag));
    }

    @Test
    void contactsAreFilteredAndExportedByConsent() {
        String tag = ApiCalls.unique();
        String optedIn = contact("Olive", tag, fixture.salesA(), fixture.teamA(), "\"emails\": [\"olive." + tag + "@example.com\"]");
        String optedOut = contact("Otto", tag, fixture.salesA(), fixture.teamA(), "\"emails\": [\"otto." + tag + "@example.com\"]");
        String blocked = contact("Dora", tag, fixture.salesA(), fixture.teamA(), "\"emails\": [\"dora." + tag + "@example.com\"]");
        ApiCalls salesA = new ApiCalls(mvc, encoder, fixture.salesA().user().id());
        assertThat(salesA.patch(CONTACTS + "/" + optedIn + "/consent", "{\"emailMarketing\": \"OPTED_IN\"}")).hasStatusOk();
        assertThat(salesA.patch(CONTACTS + "/" + optedOut + "/consent", "{\"emailMarketing\": \"OPTED_OUT\"}")).hasStatusOk();
        assertThat(salesA.patch(CONTACTS + "/" + blocked + "/consent",
                "{\"emailMarketing\": \"OPTED_IN\", \"doNotContact\": true, \"doNotContactReason\": \"Asked us\"}")).hasStatusOk();

        shows(fixture.salesA(), CONTACTS + "?q=" + tag + "&consent=opted_in", optedIn, blocked);
        shows(fixture.salesA(), CONTACTS + "?q=" + tag + "&consent=opted_out", optedOut);
        shows(fixture.salesA(), CONTACTS + "?q=" + tag + "&consent=do_not_contact", blocked);
        shows(fixture.salesA(), CONTACTS + "?q=" + this.tag + "&consent=unknown", ofSalesA, formula);
        shows(fixture.salesB(), CONTACTS + "?q=" + tag + "&consent=opted_in");
        assertThat(ids(csv(fixture.salesA(), CONTACTS + "/export?format=csv&q=" + tag + "&consent=opted_out"))).containsExactly(optedOut);

        long none = Long.MAX_VALUE;
        assertThat(consents.marketingEmailAllowed(List.of(Long.parseLong(optedIn), Long.parseLong(optedOut), Long.parseLong(blocked),
                Long.parseLong(ofSalesA), none))).isEqualTo(Set.of(Long.parseLong(optedIn)));
        assertThat(salesA.patch(CONTACTS + "/" + optedIn + "/consent", "{\"emailAllowed\": false}")).hasStatusOk();
        assertThat(consents.marketingEmailAllowed(List.of(Long.parseLong(optedIn)))).isEmpty();
    }

    @Test
    void aLongListIsExportedCompletely() {
        String bulk = "Bulk" + tag;
        long owner = fixture.salesB().user().id();
        for (int i = 0; i < 1200; i++) {
            jdbc.sql("insert into contacts (version, first_name, last_name, sort_name, owner_id, created_at, updated_at) "
                            + "values (0, ?, ?, ?, ?, current_timestamp, current_timestamp)")
                    .params("N" + i, bulk, ("bulk" + tag + " n" + i).toLowerCase(), owner).update();
        }
        List<CSVRecord> rows = csv(fixture.salesB(), CONTACTS + "/export?format=csv&q=" + bulk);
        assertThat(rows).hasSize(1201);
        assertThat(rows.stream().skip(1).map(row -> row.get(0)).distinct()).hasSize(1200);
    }

    String contact(String firstName, Account owner, long teamId, String more) {
        return contact(firstName, tag, owner, teamId, more);
    }

    String contact(String firstName, String lastName, Account owner, long teamId, String more) {
        return admin.create(CONTACTS, "{\"firstName\": \"" + firstName + "\", \"lastName\": \"Person " + lastName + "\", \"ownerId\": \""
                + owner.user().id() + "\", \"teamId\": \"" + teamId + "\", " + more + "}");
    }

    void shows(Account who, String uri, String... ids) {
        fixture.assertListShows(mvc, who, uri, "$.data[*].id", (Object[]) ids);
    }

    MvcTestResult export(Account who, String uri, String language) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + fixture.tokenOf(who))
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
    }

    List<CSVRecord> csv(Account who, String uri) {
        MvcTestResult result = export(who, uri, "en");
        assertThat(result).as("GET %s", uri).hasStatusOk();
        return parse(result.getResponse().getContentAsByteArray());
    }

    static List<CSVRecord> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)).getRecords();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static List<String> ids(List<CSVRecord> rows) {
        return rows.stream().skip(1).map(row -> row.get(0)).toList();
    }
}
