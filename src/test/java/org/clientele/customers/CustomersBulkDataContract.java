package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.clientele.platform.generate.DataGenerator;
import org.clientele.platform.generate.GenerationPlan;
import org.clientele.testing.ApiClient;
import org.clientele.testing.PageSessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The generated companies, contacts, leads, timeline, tags and consents keep the customers'
 * rules, and the module's API serves them to the administrator and, within their visibility, to
 * a salesperson. Subclasses pick the database; each generates once in a context of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CustomersBulkDataContract {

    static final String PASSWORD = "Bulk-Customers-Password-7";
    private static final String PLAN = "scale=0.0005,users=6,teams=2";

    @Autowired
    DataGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JwtEncoder jwtEncoder;

    private Map<String, Long> rows;

    @BeforeAll
    void generate() {
        rows = generator.generate(GenerationPlan.parse(PLAN));
    }

    @Test
    void writesThePlannedCounts() {
        GenerationPlan plan = GenerationPlan.parse(PLAN);
        assertThat(rows).containsEntry("companies", (long) plan.count("companies"))
                .containsEntry("contacts", (long) plan.count("contacts"))
                .containsEntry("leads", (long) plan.count("leads"))
                .containsEntry("timeline_entries", (long) plan.count("timeline"));
        assertThat(rows.get("tag_links")).isPositive();
        assertThat(rows.get("contact_consents")).isPositive();
    }

    @Test
    void companiesHaveTheirDerivedColumnsAndValidContactPoints() {
        jdbc.sql("select name, sort_name, alternative_names, website, web_domain, email, phone, country from companies").query()
                .listOfRows().forEach(row -> {
                    String name = (String) row.get("name");
                    assertThat(row.get("sort_name")).isEqualTo(name.toLowerCase(Locale.ROOT));
                    String email = (String) row.get("email");
                    assertThat(row.get("web_domain")).as(name)
                            .isEqualTo(WebDomains.of((String) row.get("website"), email == null ? List.of() : List.of(email)));
                    assertValidContactPoints(email, (String) row.get("phone"), (String) row.get("website"));
                    assertThat(Countries.isKnown((String) row.get("country"))).as(name).isTrue();
                });
        assertThat(jdbc.sql("select count(distinct name) from companies").query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from companies").query(Integer.class).single());
        assertThat(jdbc.sql("select phone from company_phones").query(String.class).list())
                .allSatisfy(phone -> assertValidContactPoints(null, phone, null));
        assertThat(jdbc.sql("select count(*) from company_industries ci join industries i on i.id = ci.industry_id where i.team_key = 0")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void contactsFollowTheirCompanysOwnerAndTeam() {
        jdbc.sql("select first_name, last_name, sort_name, email, phone, country from contacts").query().listOfRows().forEach(row -> {
            assertThat(row.get("sort_name")).isEqualTo(Contact.sortName((String) row.get("first_name"), (String) row.get("last_name")));
            assertValidContactPoints((String) row.get("email"), (String) row.get("phone"), null);
            String country = (String) row.get("country");
            assertThat(country == null || Countries.isKnown(country)).isTrue();
        });
        assertThat(jdbc.sql("select count(*) from contacts c join companies co on co.id = c.company_id "
                + "where c.owner_id <> co.owner_id or coalesce(c.team_id, 0) <> coalesce(co.team_id, 0)").query(Integer.class).single())
                .isZero();
        int linked = jdbc.sql("select count(company_id) from contacts").query(Integer.class).single();
        assertThat(linked).isGreaterThan(rows.get("contacts").intValue() / 2).isLessThan(rows.get("contacts").intValue());
    }

    @Test
    void everyRecordsOwnerIsAnActiveMemberOfItsTeam() {
        for (String table : List.of("companies", "contacts", "leads")) {
            assertThat(jdbc.sql("select count(*) from " + table + " r join users u on u.id = r.owner_id where u.active = false or "
                    + "(r.team_id is not null and not exists (select 1 from team_members m where m.team_id = r.team_id "
                    + "and m.user_id = r.owner_id))").query(Integer.class).single()).as(table).isZero();
        }
    }

    @Test
    void leadsAreInEveryStatusWithWhatEachRequires() {
        assertThat(jdbc.sql("select distinct status from leads").query(String.class).set())
                .containsExactlyInAnyOrder("NEW", "QUALIFIED", "DISQUALIFIED", "CONVERTED");
        assertThat(jdbc.sql("select count(*) from leads where (status = 'CONVERTED') <> (converted_company_id is not null "
                + "and converted_at is not null and converted_by is not null)").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from leads where (status = 'DISQUALIFIED') <> (disqualify_reason is not null)")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from leads where status <> 'CONVERTED' and converted_contact_id is not null")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from leads l join companies c on c.id = l.converted_company_id "
                + "where l.company_name <> c.name or l.owner_id <> c.owner_id").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from leads l join contacts c on c.id = l.converted_contact_id "
                + "where l.last_name <> c.last_name or l.first_name <> c.first_name").query(Integer.class).single()).isZero();
        jdbc.sql("select first_name, last_name, company_name, sort_name, website, web_domain, email, company_email, phone from leads")
                .query().listOfRows().forEach(row -> {
                    String person = Contact.sortName((String) row.get("first_name"), (String) row.get("last_name"));
                    assertThat(row.get("sort_name"))
                            .isEqualTo(person.isEmpty() ? ((String) row.get("company_name")).toLowerCase(Locale.ROOT) : person);
                    assertThat(row.get("web_domain")).isEqualTo(WebDomains.of((String) row.get("website"),
                            Arrays.asList((String) row.get("company_email"), (String) row.get("email"))));
                    assertValidContactPoints((String) row.get("email"), (String) row.get("phone"), (String) row.get("website"));
                });
    }

    @Test
    void timelineEntriesPassTheChecksOfTheirKind() {
        Set<String> subjects = new HashSet<>();
        jdbc.sql("select subject_type, kind, occurred_at, title, body, direction, status, duration_minutes, location, recipients "
                + "from timeline_entries").query((rs, n) -> {
                    subjects.add(rs.getString("subject_type"));
                    String direction = rs.getString("direction");
                    Integer minutes = (Integer) rs.getObject("duration_minutes");
                    Instant occurredAt = rs.getTimestamp("occurred_at").toInstant();
                    TimelineEntryForm form = new TimelineEntryForm(occurredAt, rs.getString("title"), rs.getString("body"),
                            direction == null ? null : EntryDirection.valueOf(direction), rs.getString("status"), minutes,
                            rs.getString("location"), rs.getString("recipients"));
                    assertThat(TimelineChecks.written(rs.getString("kind"), form)).isEqualTo(form);
                    return form;
                }).list();
        assertThat(subjects).containsExactlyInAnyOrder(TimelineSubject.COMPANY, TimelineSubject.CONTACT, TimelineSubject.LEAD);
    }

    @Test
    void consentsHaveTheEventsThatProveThem() {
        assertThat(jdbc.sql("select count(*) from contact_consents c where not exists (select 1 from contact_consent_events e "
                + "where e.contact_id = c.contact_id)").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from contact_consents c where c.email_marketing <> 'UNKNOWN' and not exists "
                + "(select 1 from contact_consent_events e where e.contact_id = c.contact_id and e.change_kind = 'EMAIL_MARKETING' "
                + "and e.new_value = c.email_marketing)").query(Integer.class).single()).isZero();
    }

    @Test
    void theAdministratorReadsEveryRecordAndItsTimelineThroughTheApi() {
        ApiClient admin = new ApiClient(mvc, jwtEncoder, userId("user01@generated.clientele.test"));
        long company = jdbc.sql("select min(id) from companies").query(Long.class).single();
        long contact = jdbc.sql("select min(id) from contacts").query(Long.class).single();
        long lead = jdbc.sql("select min(id) from leads where status = 'CONVERTED'").query(Long.class).single();
        String name = jdbc.sql("select name from companies where id = ?").param(company).query(String.class).single();

        assertThat(admin.get("/api/v1/companies/" + company)).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo(name);
        assertThat(admin.get("/api/v1/contacts/" + contact)).hasStatusOk();
        assertThat(admin.get("/api/v1/leads/" + lead)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("CONVERTED");
        assertThat(admin.get("/api/v1/companies/" + company + "/timeline")).hasStatusOk();
        assertThat(admin.get("/api/v1/companies?limit=200")).hasStatusOk().bodyJson().extractingPath("$.data.length()").isEqualTo(100);
        String word = name.substring(0, name.indexOf(' '));
        assertThat(admin.get("/api/v1/search?types=company&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))).hasStatusOk()
                .bodyText().contains(word);
    }

    @Test
    void aSalespersonSeesOnlyTheirOwnRecords() {
        long sales = jdbc.sql("select u.id from users u join user_roles r on r.user_id = u.id where r.role = 'SALES' "
                + "and exists (select 1 from companies c where c.owner_id = u.id) order by u.id").query(Long.class).list().get(0);
        ApiClient api = new ApiClient(mvc, jwtEncoder, sales);
        List<Long> own = jdbc.sql("select id from companies where owner_id = ?").param(sales).query(Long.class).list();
        long other = jdbc.sql("select min(id) from companies where owner_id <> ?").param(sales).query(Long.class).single();

        assertThat(api.get("/api/v1/companies?limit=200")).hasStatusOk().bodyJson().extractingPath("$.data.length()")
                .isEqualTo(own.size());
        assertThat(api.get("/api/v1/companies/" + own.get(0))).hasStatusOk();
        assertThat(api.get("/api/v1/companies/" + other)).hasStatus(404);
    }

    @Test
    void theAdministratorAndASalespersonOpenTheCustomerPages() {
        Cookie admin = PageSessions.signIn(mvc, "user01@generated.clientele.test", PASSWORD);
        long converted = jdbc.sql("select min(id) from leads where status = 'CONVERTED'").query(Long.class).single();
        long disqualified = jdbc.sql("select min(id) from leads where status = 'DISQUALIFIED'").query(Long.class).single();
        long company = jdbc.sql("select converted_company_id from leads where id = ?").param(converted).query(Long.class).single();
        long contact = jdbc.sql("select min(id) from contacts where company_id = ?").param(company).query(Long.class).single();
        String lastName = jdbc.sql("select last_name from contacts where last_name not like '%''%' order by id").query(String.class)
                .list().get(0);
        for (String path : List.of("/companies", "/contacts", "/leads", "/leads?status=CONVERTED", "/companies/" + company,
                "/companies/" + company + "/timeline", "/contacts/" + contact, "/contacts/" + contact + "/timeline",
                "/leads/" + converted, "/leads/" + disqualified, "/leads/" + converted + "/timeline", "/tags")) {
            assertThat(mvc.get().uri(path).cookie(admin).exchange()).as(path).hasStatusOk();
        }
        assertThat(mvc.get().uri("/search").param("q", lastName).cookie(admin).exchange()).hasStatusOk().bodyText().contains(lastName);

        String salesEmail = jdbc.sql("select min(u.email) from users u join user_roles r on r.user_id = u.id and r.role = 'SALES' "
                + "where exists (select 1 from contacts c where c.owner_id = u.id)").query(String.class).single();
        Cookie sales = PageSessions.signIn(mvc, salesEmail, PASSWORD);
        long ownContact = jdbc.sql("select min(c.id) from contacts c join users u on u.id = c.owner_id where u.email = ?")
                .param(salesEmail).query(Long.class).single();
        for (String path : List.of("/companies", "/contacts", "/leads", "/contacts/" + ownContact,
                "/contacts/" + ownContact + "/timeline")) {
            assertThat(mvc.get().uri(path).cookie(sales).exchange()).as(path).hasStatusOk();
        }
    }

    @Test
    void theSearchFindsGeneratedNamesDespiteATypoForTheirWordsAreKept() {
        Set<String> kept = new HashSet<>(jdbc.sql("select word from customer_search_words where record_type = 'contact'")
                .query(String.class).list());
        jdbc.sql("select first_name, last_name from contacts").query((rs, n) -> {
            assertThat(kept).containsAll(SearchWords.of(rs.getString("first_name") + " " + rs.getString("last_name")));
            return n;
        }).list();
        String lastName = jdbc.sql("select last_name from contacts where char_length(last_name) >= 8 and last_name not like '%''%' "
                + "and last_name not like '% %' order by id")
                .query(String.class).list().get(0);
        String typo = lastName.substring(0, 2) + lastName.charAt(3) + lastName.charAt(2) + lastName.substring(4);
        Cookie admin = PageSessions.signIn(mvc, "user01@generated.clientele.test", PASSWORD);
        assertThat(mvc.get().uri("/search").param("q", typo).cookie(admin).exchange()).hasStatusOk().bodyText().contains(lastName);
    }

    /**
     * The words stored for each record are those the search cuts from the text {@code select} reads,
     * and each is kept once with its trigrams.
     */
    void assertWords(String type, String select) {
        jdbc.sql(select).query((rs, n) -> {
            long id = rs.getLong("id");
            Set<String> stored = new HashSet<>(jdbc.sql("select word from customer_search_record_words where record_type = ? "
                    + "and record_id = ?").params(type, id).query(String.class).list());
            assertThat(stored).as("%s %d", type, id).isEqualTo(SearchWords.of(rs.getString("text")));
            for (String word : stored) {
                assertThat(jdbc.sql("select trigram from customer_search_word_trigrams where record_type = ? and word = ?").params(type, word)
                        .query(String.class).set()).as(word).isEqualTo(Trigrams.of(word));
            }
            return id;
        }).list();
    }

    private long userId(String email) {
        return jdbc.sql("select id from users where email = ?").param(email).query(Long.class).single();
    }

    private static void assertValidContactPoints(String email, String phone, String website) {
        FieldChecks checks = new FieldChecks();
        if (email != null) {
            assertThat(ContactDetails.email(checks, "email", email)).isEqualTo(email);
        }
        if (phone != null) {
            assertThat(ContactDetails.phone(phone, null)).as("E.164 phone").isEqualTo(phone);
        }
        if (website != null) {
            assertThat(ContactDetails.website(checks, "website", website)).isEqualTo(website);
        }
        assertThat(checks.hasProblems()).isFalse();
    }
}
