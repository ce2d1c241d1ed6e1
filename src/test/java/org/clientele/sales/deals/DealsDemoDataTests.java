package org.clientele.sales.deals;

import static org.assertj.core.api.Assertions.assertThat;

import org.clientele.testing.PostgresTestDatabase;
import org.clientele.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** The demo deals, in the demo database of {@code CustomersDemoDataTests}: on demo companies, across every stage, with history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.demo=true"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class DealsDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void dealsSpreadOverEveryStageOfTheDefaultPipeline() {
        assertThat(count("select count(*) from deals where company_id is not null")).isGreaterThanOrEqualTo(15);
        assertThat(count("select count(*) from pipeline_stages s join pipelines p on p.id = s.pipeline_id where p.is_default "
                + "and not exists (select 1 from deals d where d.stage_id = s.id)")).as("stages without a demo deal").isZero();
        assertThat(count("select count(*) from deals where status = 'LOST' and closing_reason_id is null")).isZero();
        assertThat(count("select count(*) from deals d where status <> 'OPEN' and closed_at is null")).isZero();
        assertThat(count("select count(*) from deals d where (select count(*) from deal_stage_history h where h.deal_id = d.id) "
                + "< case when d.stage_id = (select min(s.id) from pipeline_stages s where s.pipeline_id = d.pipeline_id) then 1 else 2 end"))
                .as("deals with less history than their moves").isZero();
        assertThat(count("select count(*) from deals d where exists (select 1 from deal_lines l where l.deal_id = d.id) "
                + "and d.amount <> (select sum(l.amount) from deal_lines l where l.deal_id = d.id)")).as("amounts unlike their lines")
                .isZero();
        assertThat(count("select count(*) from deal_lines")).isPositive();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
