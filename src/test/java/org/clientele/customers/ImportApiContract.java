package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clientele.identity.Role;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.TestAccounts;
import org.clientele.testing.TestAccounts.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/v1/imports} on each database: bad rows, dry runs, matches, undo, XLSX and who may import. */
abstract class ImportApiContract {

    static final String IMPORTS = "/api/v1/imports";
    static final List<String> HEADER = List.of("First Name", "Last Name", "E-mail Address", "Business Phone", "Company",
            "City", "Country");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    SetupStatus setup;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    ApiCalls admin;

    @BeforeEach
    void signIn() {
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void badRowsAreReportedWithTheirLineAndReasonAndTheRestIsImported() throws IOException {
        String tag = ApiCalls.unique();
        Path file = ImportFiles.csv(directory, "bad.csv", CsvRows.WINDOWS_1252, ';', List.of("Vorname", "Nachname", "E-Mail", "Telefon",
                "Land"), 1000, i -> i % 20 == 7 ? badRow(i, tag) : List.of("Jürgen" + i, "Müller " + tag, "j" + i + "@" + tag + ".example",
                        "+49 30 " + (2_000_000 + i), "Deutschland"));

        Map<String, Object> done = finished(upload(admin, file, Map.of()));

        assertThat(done).containsEntry("status", "done").containsEntry("created", 950).containsEntry("errors", 50);
        assertThat(jdbc.sql("select count(*) from contacts where last_name = ? and first_name like 'Jürgen%' and country = 'DE'")
                .param("Müller " + tag).query(Long.class).single()).isEqualTo(950);
        MvcTestResult errors = admin.get(IMPORTS + "/" + done.get("id") + "/errors");
        assertThat(errors).hasStatusOk();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new java.io.StringReader(errors.getResponse()
                .getContentAsString(StandardCharsets.UTF_8))).getRecords();
        assertThat(records.get(0).toList()).startsWith("line", "column", "reason", "Vorname");
        assertThat(records).hasSize(51);
        for (int n = 1; n <= 50; n++) {
            CSVRecord error = records.get(n);
            int row = 7 + 20 * (n - 1);
            assertThat(error.get(0)).as("line of the file, the header being line 1").isEqualTo(String.valueOf(row + 2));
            String expected = switch (row % 3) {
                case 0 -> "E-Mail";
                case 1 -> "Telefon";
                default -> "Vorname";
            };
            assertThat(error.get(1)).isEqualTo(expected);
            assertThat(error.get(2)).isNotBlank();
        }
        assertThat(records).anySatisfy(error -> assertThat(error.get(2)).contains("not-an-email-"));
    }

    @Test
    void aDryRunWritesNothingAndSaysWhatAnImportWouldDo() {
        String tag = ApiCalls.unique();
        admin.create("/api/v1/contacts", "{\"lastName\": \"Existing " + tag + "\", \"emails\": [\"e0@" + tag + ".example\"]}");
        Path file = ImportFiles.csv(directory, "dry.csv", StandardCharsets.UTF_8, '\t', HEADER, 10,
                i -> List.of("Dry" + i, tag, i == 3 ? "broken" : "e" + i + "@" + tag + ".example", "", "", "", ""));

        Map<String, Object> checked = finished(upload(admin, file, Map.of("mode", "dry-run", "onMatch", "update")));

        assertThat(checked).containsEntry("status", "checked").containsEntry("dryRun", true).containsEntry("created", 8)
                .containsEntry("updated", 1).containsEntry("errors", 1);
        assertThat(jdbc.sql("select count(*) from contacts where last_name = ?").param(tag).query(Long.class).single()).isZero();

        assertThat(admin.post(IMPORTS + "/" + checked.get("id") + "/start", "{\"onMatch\": \"skip\"}")).hasStatus(202);
        Map<String, Object> done = finished(checked.get("id").toString());
        assertThat(done).containsEntry("status", "done").containsEntry("created", 8).containsEntry("skipped", 1)
                .containsEntry("errors", 1);
        assertThat(admin.post(IMPORTS + "/" + checked.get("id") + "/start", "{}")).as("only once").hasStatus(409);
    }

    @Test
    void undoRemovesExactlyWhatTheImportCreated() {
        String tag = ApiCalls.unique();
        String existing = admin.create("/api/v1/contacts", "{\"lastName\": \"Before " + tag + "\", \"title\": \"Old\","
                + " \"emails\": [\"u0@" + tag + ".example\"]}");
        String otherCompany = admin.create("/api/v1/companies", "{\"name\": \"Known " + tag + "\"}");
        Path file = ImportFiles.csv(directory, "undo.csv", StandardCharsets.UTF_8, ',', List.of("Name", "Email", "Job Title", "Account Name"),
                30, i -> List.of("Undo Person" + i, "u" + i + "@" + tag + ".example", "New", i % 2 == 1 ? "New Co " + tag : "Known " + tag));

        Map<String, Object> done = finished(upload(admin, file, Map.of("onMatch", "update")));
        assertThat(done).containsEntry("created", 29).containsEntry("updated", 1);
        assertThat(jdbc.sql("select count(*) from companies where name = ?").param("New Co " + tag).query(Long.class).single())
                .as("one company made for all its people").isEqualTo(1);
        assertThat(admin.get("/api/v1/contacts/" + existing)).bodyJson().extractingPath("$.title").isEqualTo("New");

        assertThat(admin.post(IMPORTS + "/" + done.get("id") + "/undo", "")).hasStatus(202);
        await().atMost(Duration.ofMinutes(1)).until(() -> "undone".equals(state(done.get("id").toString()).get("status")));

        assertThat(state(done.get("id").toString())).containsEntry("undone", 30).containsEntry("kept", 0);
        assertThat(jdbc.sql("select count(*) from contacts where email like ?").param("%@" + tag + ".example").query(Long.class).single())
                .as("only the contact that existed before").isEqualTo(1);
        assertThat(admin.get("/api/v1/contacts/" + existing)).as("updates are not rolled back").hasStatusOk().bodyJson()
                .extractingPath("$.title").isEqualTo("New");
        assertThat(admin.get("/api/v1/companies/" + otherCompany)).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from companies where name = ?").param("New Co " + tag).query(Long.class).single()).isZero();
        assertThat(admin.post(IMPORTS + "/" + done.get("id") + "/undo", "")).as("only once").hasStatus(409);
    }

    @Test
    void importedNamesAreFoundByTheSearchDespiteATypoAndAnUpdatedNameByItsNewWordsOnly() {
        String tag = ApiCalls.unique();
        String before = CustomerSearchContract.uniqueWord("Halvorsrud");
        String after = CustomerSearchContract.uniqueWord("Brennecke");
        String created = CustomerSearchContract.uniqueWord("Tiedemann");
        String existing = admin.create("/api/v1/contacts", "{\"firstName\": \"Ragnhild\", \"lastName\": \"" + before
                + "\", \"emails\": [\"r0@" + tag + ".example\"]}");
        Path file = ImportFiles.csv(directory, "search.csv", StandardCharsets.UTF_8, ',', List.of("First Name", "Last Name", "E-mail Address"),
                2, i -> i == 0 ? List.of("Ragnhild", after, "r0@" + tag + ".example") : List.of("Sigvald", created, "s1@" + tag + ".example"));

        Map<String, Object> done = finished(upload(admin, file, Map.of("onMatch", "update")));
        assertThat(done).containsEntry("created", 1).containsEntry("updated", 1);

        assertThat(searched(CustomerSearchContract.typo(after))).containsExactly(existing);
        assertThat(searched(CustomerSearchContract.typo(before))).isEmpty();
        List<String> imported = searched("Sigvlad " + CustomerSearchContract.typo(created));
        assertThat(imported).hasSize(1).doesNotContain(existing);

        assertThat(admin.post(IMPORTS + "/" + done.get("id") + "/undo", "")).hasStatus(202);
        await().atMost(Duration.ofMinutes(1)).until(() -> "undone".equals(state(done.get("id").toString()).get("status")));
        assertThat(searched(CustomerSearchContract.typo(created))).isEmpty();
    }

    @Test
    void importedMainPhoneNumbersAreFoundByTheirDigitsAndNoMoreOnceUndone() {
        String tag = ApiCalls.unique();
        String added = CustomerSearchContract.uniquePhone();
        String created = CustomerSearchContract.uniquePhone();
        String existing = admin.create("/api/v1/contacts", "{\"firstName\": \"Torvald\", \"lastName\": \"Lindqvist\", \"emails\": [\"t0@"
                + tag + ".example\"]}");
        Path file = ImportFiles.csv(directory, "phones.csv", StandardCharsets.UTF_8, ',',
                List.of("First Name", "Last Name", "E-mail Address", "Business Phone"), 2,
                i -> i == 0 ? List.of("Torvald", "Lindqvist", "t0@" + tag + ".example", added)
                        : List.of("Solveig", "Lindqvist", "s1@" + tag + ".example", created));

        Map<String, Object> done = finished(upload(admin, file, Map.of("onMatch", "update")));
        assertThat(done).containsEntry("created", 1).containsEntry("updated", 1);

        assertThat(searched(CustomerSearchContract.digits(added))).containsExactly(existing);
        assertThat(searched(CustomerSearchContract.digits(created))).hasSize(1).doesNotContain(existing);

        assertThat(admin.post(IMPORTS + "/" + done.get("id") + "/undo", "")).hasStatus(202);
        await().atMost(Duration.ofMinutes(1)).until(() -> "undone".equals(state(done.get("id").toString()).get("status")));
        assertThat(searched(CustomerSearchContract.digits(created))).isEmpty();
        assertThat(searched(CustomerSearchContract.digits(added))).containsExactly(existing);
    }

    private List<String> searched(String text) {
        MvcTestResult result = admin.get("/api/v1/search?types=contact&limit=10&q=" + text);
        assertThat(result).hasStatusOk();
        return ApiCalls.read(result, "$.data[*].id");
    }

    @Test
    void aRowRepeatingAnAddressThatAnEarlierChunkWroteMatchesWhatThatChunkWrote() {
        String tag = ApiCalls.unique();
        String existing = admin.create("/api/v1/contacts", "{\"lastName\": \"Before " + tag + "\", \"emails\": [\"x@" + tag + ".example\"]}");
        Path file = ImportFiles.csv(directory, "repeats.csv", StandardCharsets.UTF_8, ',', List.of("First Name", "Last Name", "Email",
                "Email 2 Address", "Job Title"), 1200, i -> switch (i) {
                    case 5 -> List.of("Known", tag, "x@" + tag + ".example", "second@" + tag + ".example", "");
                    case 1100 -> List.of("Again", tag, "p7@" + tag + ".example", "", "Later");
                    case 1150 -> List.of("Known", tag, "second@" + tag + ".example", "", "Later");
                    default -> List.of("P" + i, tag, "p" + i + "@" + tag + ".example", "", "");
                });

        Map<String, Object> done = finished(upload(admin, file, Map.of("onMatch", "update")));

        assertThat(done).as("rows 1100 and 1150 are in the second chunk").containsEntry("created", 1197).containsEntry("updated", 3);
        assertThat(jdbc.sql("select concat(first_name, ' ', title) from contacts where email = ?").param("p7@" + tag + ".example")
                .query(String.class).list()).as("the contact the first chunk created, updated").containsExactly("Again Later");
        assertThat(admin.get("/api/v1/contacts/" + existing)).as("matched by the address the first chunk added").hasStatusOk()
                .bodyJson().extractingPath("$.title").isEqualTo("Later");
    }

    @Test
    void aCompanyNamedInEveryChunkIsMadeOnce() {
        String tag = ApiCalls.unique();
        String company = "Everywhere " + tag;
        Path file = ImportFiles.csv(directory, "chunks.csv", StandardCharsets.UTF_8, ',', List.of("First Name", "Last Name", "Email",
                "Company"), 3000, i -> List.of("C" + i, tag, "c" + i + "@" + tag + ".example", company));

        Map<String, Object> done = finished(upload(admin, file, Map.of()));

        assertThat(done).containsEntry("status", "done").containsEntry("created", 3000);
        assertThat(jdbc.sql("select count(*) from companies where name = ?").param(company).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(distinct company_id) from contacts where last_name = ?").param(tag).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from customer_import_items where import_id = ?").param(Long.parseLong((String) done.get("id")))
                .query(Long.class).single()).as("3,000 contacts and the company").isEqualTo(3001);
    }

    @Test
    void anXlsxFileFromGoogleContactsIsReadAndMapped() {
        String tag = ApiCalls.unique();
        Path file = ImportFiles.xlsx(directory, "google.xlsx", List.of("Given Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value",
                "Phone 1 - Value", "Organization 1 - Name", "Organization 1 - Title", "Birthday"), 2000,
                i -> java.util.Arrays.asList("G" + i, tag, "* Work", "g" + i + "@" + tag + ".example", i % 2 == 0 ? "+34 912 345 " + (100 + i % 900) : null,
                        null, "Engineer", "1980-02-0" + (1 + i % 9)));

        MvcTestResult uploaded = upload(admin, file, Map.of("mode", "upload"));
        assertThat(uploaded).hasStatus(202).bodyJson().extractingPath("$.columns[*].field").asArray()
                .containsExactly("firstName", "lastName", null, "email", "phone", "company", "title", "birthday");
        String id = ApiCalls.read(uploaded, "$.id");
        assertThat(ApiCalls.<Integer>read(uploaded, "$.totalRows")).isEqualTo(2000);
        assertThat(admin.post(IMPORTS + "/" + id + "/start", "{}")).hasStatus(202);

        assertThat(finished(id)).containsEntry("created", 2000).containsEntry("errors", 0);
        assertThat(jdbc.sql("select count(*) from contacts where last_name = ? and title = 'Engineer' and birthday is not null")
                .param(tag).query(Long.class).single()).isEqualTo(2000);
        assertThat(admin.get("/api/v1/search?types=contact&q=G1999%20" + tag)).as("found by the global search").hasStatusOk()
                .bodyJson().extractingPath("$.data[0].title").isEqualTo("G1999 " + tag);
    }

    @Test
    void onlyUsersWhoMayWriteCustomersImportAndEachSeesTheirOwnImports() {
        Account auditor = TestAccounts.create(context, "Import auditor", Set.of(Role.AUDITOR));
        Account sales = TestAccounts.create(context, "Import sales", Set.of(Role.SALES));
        Account otherSales = TestAccounts.create(context, "Other import sales", Set.of(Role.SALES));
        Path file = ImportFiles.csv(directory, "mine.csv", StandardCharsets.UTF_8, ',', List.of("Last Name"), 1, i -> List.of("Mine"));
        ApiCalls salesCalls = new ApiCalls(mvc, encoder, sales.user().id());

        assertThat(upload(new ApiCalls(mvc, encoder, auditor.user().id()), file, Map.of())).hasStatus(403);
        String id = ApiCalls.read(upload(salesCalls, file, Map.of("mode", "upload")), "$.id");

        assertThat(salesCalls.get(IMPORTS)).hasStatusOk().bodyJson().extractingPath("$.data[*].id").asArray().containsExactly(id);
        ApiCalls other = new ApiCalls(mvc, encoder, otherSales.user().id());
        assertThat(other.get(IMPORTS)).hasStatusOk().bodyJson().extractingPath("$.data").asArray().isEmpty();
        assertThat(other.get(IMPORTS + "/" + id)).hasStatus(404);
        assertThat(other.post(IMPORTS + "/" + id + "/start", "{}")).hasStatus(404);
        assertThat(admin.get(IMPORTS)).hasStatusOk().bodyJson().extractingPath("$.data[*].id").asArray().contains(id);
        assertThat(admin.get(IMPORTS + "/" + id)).hasStatusOk();
    }

    @Test
    void badRequestsAreRefused() {
        Path file = ImportFiles.csv(directory, "names.csv", StandardCharsets.UTF_8, ',', List.of("Title", "City"), 1, i -> List.of("A", "B"));
        assertThat(upload(admin, file, Map.of())).as("no name column").hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("mapping");
        assertThat(upload(admin, file, Map.of("mapping", "{\"Title\": \"shoeSize\"}"))).hasStatus(422);
        assertThat(upload(admin, file, Map.of("mapping", "{\"Title\": \"lastName\", \"City\": \"lastName\"}"))).hasStatus(422);
        assertThat(upload(admin, file, Map.of("mode", "later"))).hasStatus(422);
        assertThat(admin.get(IMPORTS + "/999999999")).hasStatus(404);
        Path empty = directory.resolve("empty.csv");
        try {
            Files.writeString(empty, "\r\n");
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        assertThat(upload(admin, empty, Map.of())).hasStatus(422);
    }

    private static List<String> badRow(int i, String tag) {
        return switch (i % 3) {
            case 0 -> List.of("Bad" + i, tag, "not-an-email-" + i, "", "");
            case 1 -> List.of("Bad" + i, tag, "", "12", "");
            default -> List.of("", "", "b" + i + "@" + tag + ".example", "", "");
        };
    }

    MvcTestResult upload(ApiCalls calls, Path file, Map<String, String> parameters) {
        try {
            var request = mvc.post().uri(IMPORTS).multipart()
                    .file(new MockMultipartFile("file", file.getFileName().toString(), "application/octet-stream", Files.readAllBytes(file)))
                    .header(HttpHeaders.AUTHORIZATION, calls.bearer());
            parameters.forEach((name, value) -> request.param(name, value));
            return request.exchange();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    Map<String, Object> finished(MvcTestResult uploaded) {
        assertThat(uploaded).hasStatus(202);
        return finished(ApiCalls.<String>read(uploaded, "$.id"));
    }

    Map<String, Object> finished(String id) {
        // A bound, not a speed goal: a busy two-core machine needs minutes for the 100,000-row file.
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> Set.of("done", "checked", "failed").contains(state(id).get("status")));
        return state(id);
    }

    private Map<String, Object> state(String id) {
        MvcTestResult result = admin.get(IMPORTS + "/" + id);
        assertThat(result).hasStatusOk();
        return ApiCalls.read(result, "$");
    }
}
