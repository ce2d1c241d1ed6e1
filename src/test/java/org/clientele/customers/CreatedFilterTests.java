package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.SetupStatus;
import org.clientele.testing.ClienteleTest;
import org.clientele.testing.PageSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The "created between" filter of the company, contact and lead lists: API, pages and exports. */
@ClienteleTest
class CreatedFilterTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupStatus setup;

    private ApiCalls admin;

    @BeforeEach
    void signIn() {
        admin = new ApiCalls(mvc, encoder, setup.firstAdministratorId().orElseThrow());
    }

    @Test
    void everyListFiltersByTheDaysItWasCreatedBothIncluded() {
        for (String type : List.of("companies", "contacts", "leads")) {
            String tag = ApiCalls.unique();
            String name = type.equals("companies") ? "name" : "lastName";
            String recent = admin.create("/api/v1/" + type, "{\"" + name + "\": \"Recent " + tag + "\"}");
            String old = admin.create("/api/v1/" + type, "{\"" + name + "\": \"Old " + tag + "\"}");
            backdate(type, old, OffsetDateTime.of(2020, 5, 31, 23, 30, 0, 0, ZoneOffset.UTC));

            assertThat(ids(type, "q=" + tag + "&createdFrom=2020-05-01&createdTo=2020-05-31")).as(type).containsExactly(old);
            assertThat(ids(type, "q=" + tag + "&createdTo=2020-05-30")).as(type + ": the last day ends at midnight").isEmpty();
            assertThat(ids(type, "q=" + tag + "&createdFrom=2021-01-01")).as(type).containsExactly(recent);
            assertThat(ids(type, "q=" + tag)).as(type).containsExactlyInAnyOrder(recent, old);
        }
    }

    @Test
    void datesThatCannotBeReadOrAPeriodEndingBeforeItStartsAreRefused() {
        assertThat(admin.get("/api/v1/contacts?createdFrom=31.01.2026")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("createdFrom");
        assertThat(admin.get("/api/v1/companies?createdFrom=2026-02-01&createdTo=2026-01-01")).hasStatus(422).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("createdTo");
        assertThat(admin.get("/api/v1/leads/export?format=csv&createdTo=yesterday")).hasStatus(422);
    }

    @Test
    void thePagesKeepTheDatesInTheFormInLinksAndInTheExportMenu() throws Exception {
        String tag = ApiCalls.unique();
        String old = admin.create("/api/v1/leads", "{\"lastName\": \"Archived " + tag + "\"}");
        backdate("leads", old, OffsetDateTime.of(2019, 3, 3, 12, 0, 0, 0, ZoneOffset.UTC));
        admin.create("/api/v1/leads", "{\"lastName\": \"Fresh " + tag + "\"}");
        Cookie session = PageSessions.signInAsAdministrator(mvc);

        for (String list : List.of("/leads", "/contacts", "/companies")) {
            Document page = html(mvc.get().uri(list + "?q=" + tag + "&createdFrom=2019-01-01&createdTo=2019-12-31").cookie(session)
                    .exchange());
            assertThat(page.select("input#createdFrom").attr("value")).as(list).isEqualTo("2019-01-01");
            assertThat(page.select("input#createdTo").attr("value")).as(list).isEqualTo("2019-12-31");
            assertThat(page.select("label[for=createdFrom]")).as(list).hasSize(1);
        }
        Document leads = html(mvc.get().uri("/leads?q=" + tag + "&createdFrom=2019-01-01&createdTo=2019-12-31").cookie(session).exchange());
        assertThat(leads.select("a[href*=format=csv]").attr("href")).contains("createdFrom=2019-01-01", "createdTo=2019-12-31");
        assertThat(leads.select("[data-testid=leads] tbody tr").text()).contains("Archived " + tag).doesNotContain("Fresh " + tag);
        assertThat(html(mvc.get().uri("/leads?q=" + tag + "&createdFrom=soon").cookie(session).exchange())
                .select("[data-testid=leads] tbody tr")).as("a page leaves out what it cannot read").hasSize(2);

        MvcTestResult csv = mvc.get().uri("/leads/export?format=csv&q=" + tag + "&createdTo=2019-12-31").cookie(session).exchange();
        assertThat(csv).hasStatusOk();
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Archived " + tag).doesNotContain("Fresh " + tag);
    }

    private void backdate(String table, String id, OffsetDateTime createdAt) {
        jdbc.sql("update " + table + " set created_at = ? where id = ?").params(createdAt, Long.parseLong(id)).update();
    }

    private List<String> ids(String type, String query) {
        MvcTestResult result = admin.get("/api/v1/" + type + "?" + query);
        assertThat(result).as(query).hasStatusOk();
        return ApiCalls.read(result, "$.data[*].id");
    }

    private static Document html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
