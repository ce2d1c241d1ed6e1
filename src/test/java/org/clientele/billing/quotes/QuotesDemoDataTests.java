package org.clientele.billing.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The demo quotations, in the demo database of {@code CustomersDemoDataTests}: one in every state, each with lines and totals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class QuotesDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void quotationsInEveryState() {
        for (QuoteStatus status : QuoteStatus.values()) {
            assertThat(count("select count(*) from billing_quotes where status = '" + status.name() + "'")).as(status.name()).isPositive();
        }
        assertThat(count("select count(*) from billing_quotes q where not exists (select 1 from billing_quote_lines l "
                + "where l.quote_id = q.id)")).as("quotations without lines").isZero();
        assertThat(count("select count(*) from billing_quotes where gross_total <> net_total + tax_total")).isZero();
        assertThat(count("select count(*) from billing_quotes where status = 'ACCEPTED' and decided_by_name is null")).isZero();
        assertThat(count("select count(*) from billing_quotes where revision = 2 and previous_revision_id is not null")).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
