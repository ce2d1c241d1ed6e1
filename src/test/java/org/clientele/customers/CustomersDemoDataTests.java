package org.clientele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The demo data, loaded at start-up into a database of its own: companies and people owned by the demo colleagues, in their teams. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class CustomersDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void companiesAndContactsBelongToTheDemoColleaguesAndTheirTeams() {
        assertThat(count("select count(*) from companies")).isGreaterThanOrEqualTo(15);
        assertThat(count("select count(*) from contacts where company_id is not null")).isGreaterThanOrEqualTo(40);
        assertThat(count("select count(distinct country) from companies")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from companies c join users u on u.id = c.owner_id where u.email not like '%@demo.clientele.test'"))
                .as("companies not owned by a demo colleague").isZero();
        assertThat(count("select count(*) from companies where team_id is null")).as("companies without a team").isZero();
        assertThat(count("select count(*) from companies c where not exists "
                + "(select 1 from team_members m where m.team_id = c.team_id and m.user_id = c.owner_id)"))
                .as("companies in a team their owner is not in").isZero();
        assertThat(jdbc.sql("select distinct t.name from companies c join teams t on t.id = c.team_id").query(String.class).list())
                .hasSizeGreaterThanOrEqualTo(4);
        List<String> phones = jdbc.sql("select phone from companies").query(String.class).list();
        assertThat(phones).allSatisfy(phone -> assertThat(phone).matches("\\+[1-9][0-9]{6,14}"));
        assertThat(count("select count(*) from teams t join team_members m on m.team_id = t.id where m.head")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void companiesAndContactsHaveTimelinesWrittenByTheirOwners() {
        assertThat(count("select count(*) from companies c where not exists (select 1 from timeline_entries e "
                + "where e.subject_type = 'company' and e.subject_id = c.id) and not exists (select 1 from leads l "
                + "where l.converted_company_id = c.id)")).as("demo companies without a timeline").isZero();
        assertThat(count("select count(*) from timeline_entries where subject_type = 'contact' and kind = 'CALL'"))
                .isGreaterThanOrEqualTo(15);
        assertThat(count("select count(*) from timeline_entries e join companies c on c.id = e.subject_id "
                + "where e.subject_type = 'company' and e.author_id <> c.owner_id")).as("entries not by the company's owner").isZero();
        assertThat(count("select count(*) from timeline_entries where occurred_at > current_timestamp")).as("entries in the future")
                .isZero();
    }

    @Test
    void someDemoContactsOptedInToMarketingEMailAndSomeOut() {
        assertThat(count("select count(*) from contact_consents where email_marketing = 'OPTED_IN'")).isGreaterThanOrEqualTo(10);
        assertThat(count("select count(*) from contact_consents where email_marketing = 'OPTED_OUT'")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from contact_consents where do_not_contact = true and do_not_contact_reason is not null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from contact_consents k where not exists (select 1 from contact_consent_events e "
                + "where e.contact_id = k.contact_id)")).as("consent without history").isZero();
    }

    @Test
    void demoRecordsCarryAFewTagsAndSegmentsGroupContacts() {
        assertThat(jdbc.sql("select name from tags order by name").query(String.class).list())
                .contains("Follow up", "Key account", "Newsletter", "Partner");
        assertThat(count("select count(*) from tag_links where subject_type = 'COMPANY'")).isEqualTo(5);
        assertThat(count("select count(*) from tag_links where subject_type = 'CONTACT'")).isGreaterThanOrEqualTo(10);
        assertThat(count("select count(*) from tag_links where subject_type = 'LEAD'")).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select name from segments order by name").query(String.class).list())
                .containsExactly("Contacts in Germany", "Newsletter readers", "Trade fair invitations");
        assertThat(count("select count(*) from segment_members")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void leadsOfTheDemoColleaguesStandInEveryState() {
        assertThat(count("select count(*) from leads")).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.sql("select distinct status from leads").query(String.class).list())
                .containsExactlyInAnyOrder("NEW", "QUALIFIED", "DISQUALIFIED", "CONVERTED");
        assertThat(count("select count(*) from leads l join users u on u.id = l.owner_id where u.email not like '%@demo.clientele.test'"))
                .as("leads not owned by a demo colleague").isZero();
        assertThat(count("select count(*) from leads where status = 'CONVERTED' and (converted_company_id is null "
                + "or converted_contact_id is null)")).as("converted leads without their company and contact").isZero();
        assertThat(count("select count(*) from leads where status = 'DISQUALIFIED' and disqualify_reason is null")).isZero();
        assertThat(count("select count(*) from leads where source_id is null")).as("leads without a source").isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
