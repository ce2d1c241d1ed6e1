package org.clientele.sales.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The demo requests and web form, in the demo database that {@code CustomersDemoDataTests} reads too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class RequestsDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoRequestsAreMatchedToDemoCustomersAndOneWebFormTakesPosts() {
        assertThat(count("select count(*) from web_forms f join lead_sources s on s.id = f.lead_source_id where s.name = 'Website' "
                + "and f.active = true")).isEqualTo(1);
        assertThat(count("select count(*) from requests")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from requests r join contacts c on c.id = r.contact_id "
                + "where r.email = 'petra.lehmann@brandt-maschinenbau.example' and r.match_verified = true and r.company_id is not null"))
                .as("Petra's request, matched and confirmed").isEqualTo(1);
        assertThat(count("select count(*) from requests where phone = '+491701234567' and contact_id is not null and support_case = true"))
                .as("the call matched by phone").isEqualTo(1);
        assertThat(count("select count(*) from requests where email = 'sarah.klein@gmail.com' and duplicate = true")).isEqualTo(1);
        assertThat(count("select count(*) from requests where email = 'sarah.klein@gmail.com' and company_id is not null"))
                .as("a public mail domain matches no company").isZero();
        assertThat(count("select count(*) from requests where contact_id is not null and match_verified = false")).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
